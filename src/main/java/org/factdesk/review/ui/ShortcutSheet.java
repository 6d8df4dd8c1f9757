package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The keyboard shortcut sheet ({@code ?}). */
class ShortcutSheet extends Dialog {

    private static final List<String[]> SHORTCUTS = List.of(
            new String[]{"j / ↓", "shortcut.next"},
            new String[]{"k / ↑", "shortcut.previous"},
            new String[]{"Shift + j / k", "shortcut.extend"},
            new String[]{"v", "shortcut.verified"},
            new String[]{"d", "shortcut.disputed"},
            new String[]{"p", "shortcut.promotional"},
            new String[]{"n", "shortcut.noClaim"},
            new String[]{"u", "shortcut.clear"},
            new String[]{"Enter", "shortcut.open"},
            new String[]{"Esc", "shortcut.close"},
            new String[]{"Space", "shortcut.nextUnreviewed"},
            new String[]{"Ctrl + Enter", "shortcut.save"},
            new String[]{"?", "shortcut.help"});

    ShortcutSheet() {
        addClassName("fd-shortcuts");
        setHeaderTitle(getTranslation("shortcut.title"));
        Div table = new Div();
        table.addClassName("fd-shortcut-table");
        for (String[] shortcut : SHORTCUTS) {
            Span key = new Span(shortcut[0]);
            key.addClassName("fd-key");
            table.add(key, new Span(getTranslation(shortcut[1])));
        }
        add(table);
        getFooter().add(new Button(getTranslation("shortcut.done"), e -> close()));
    }
}
