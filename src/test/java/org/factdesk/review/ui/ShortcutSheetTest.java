package org.factdesk.review.ui;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut sheet names keys in the UI's words (Strg, Umschalt, Leertaste on German UIs). */
class ShortcutSheetTest {

    private static final Map<String, String> GERMAN = Map.of("key.shift", "Umschalt", "key.ctrl", "Strg",
            "key.enter", "Eingabe", "key.space", "Leertaste", "key.click", "Klick");

    @Test
    void key_names_are_translated_and_letters_stay_as_typed() {
        assertThat(ShortcutSheet.keys("{shift} + j / k, {shift} + {click}", GERMAN::get))
                .isEqualTo("Umschalt + j / k, Umschalt + Klick");
        assertThat(ShortcutSheet.keys("{ctrl} + {enter}", GERMAN::get)).isEqualTo("Strg + Eingabe");
        assertThat(ShortcutSheet.keys("{space}", GERMAN::get)).isEqualTo("Leertaste");
        assertThat(ShortcutSheet.keys("?", GERMAN::get)).isEqualTo("?");
    }

    @Test
    void a_translation_with_dollar_or_backslash_is_taken_literally() {
        assertThat(ShortcutSheet.keys("{ctrl}", key -> "$1\\")).isEqualTo("$1\\");
    }

    @Test
    void the_rows_are_built_only_when_the_sheet_first_opens() {
        ShortcutSheet sheet = new ShortcutSheet();
        assertThat(sheet.built()).as("a sheet nobody opened holds no rows").isFalse();
        com.vaadin.flow.component.UI.setCurrent(new com.vaadin.flow.component.UI()); // open() attaches the dialog to the UI
        try {
            openTwice(sheet);
        } finally {
            com.vaadin.flow.component.UI.setCurrent(null);
        }
    }

    private static void openTwice(ShortcutSheet sheet) {
        sheet.open();
        assertThat(sheet.built()).isTrue();
        long rows = sheet.getChildren().count();
        sheet.close();
        sheet.open();
        assertThat(sheet.getChildren().count()).as("built once").isEqualTo(rows);
        assertThat(sheet.getFooter().getElement().getChildCount()).isEqualTo(1);
    }
}
