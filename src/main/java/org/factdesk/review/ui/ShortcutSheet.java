package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.factdesk.review.Verdict;

import java.util.ArrayList;
import java.util.List;

/** The keyboard shortcut sheet ({@code ?}); the verdicts' keys come from {@link Verdict}. */
class ShortcutSheet extends Dialog {

    private static final List<String[]> SHORTCUTS = shortcuts();

    private static List<String[]> shortcuts() {
        List<String[]> shortcuts = new ArrayList<>();
        shortcuts.add(new String[]{"j / {down}", "shortcut.next"});
        shortcuts.add(new String[]{"k / {up}", "shortcut.previous"});
        shortcuts.add(new String[]{"{shift} + j / k, {shift} + {click}", "shortcut.extend"});
        for (Verdict verdict : Verdict.values()) {
            shortcuts.add(new String[]{verdict.shortcut(), verdict.shortcutTranslationKey()});
        }
        shortcuts.add(new String[]{ArticleTextElement.CLEAR_SHORTCUT, "shortcut.clear"});
        shortcuts.add(new String[]{ArticleTextElement.ACCEPT_SHORTCUT, "shortcut.acceptSuggestion"});
        shortcuts.add(new String[]{ArticleTextElement.DISMISS_SHORTCUT, "shortcut.dismissSuggestion"});
        shortcuts.add(new String[]{"{enter}, {doubleClick}", "shortcut.open"});
        shortcuts.add(new String[]{"{esc}", "shortcut.close"});
        shortcuts.add(new String[]{"{space}", "shortcut.nextUnreviewed"});
        shortcuts.add(new String[]{ArticleTextElement.ORDER_SHORTCUT, "shortcut.checkworthyFirst"});
        shortcuts.add(new String[]{RelatedSentencesSection.ADOPT_SHORTCUT, "shortcut.adopt"});
        shortcuts.add(new String[]{ArticleTextElement.CONFIRM_CARRIED_SHORTCUT, "shortcut.confirmCarried"});
        shortcuts.add(new String[]{"{ctrl} + {enter}", "shortcut.save"});
        shortcuts.add(new String[]{"{ctrl} + Z", "shortcut.undo"});
        shortcuts.add(new String[]{"{ctrl} + {shift} + Z / {ctrl} + Y", "shortcut.redo"});
        shortcuts.add(new String[]{"?", "shortcut.help"});
        return List.copyOf(shortcuts);
    }

    private static final java.util.regex.Pattern KEY_NAME = java.util.regex.Pattern.compile("\\{(\\w+)}");

    /**
     * A shortcut in the UI's words: {@code {shift}}, {@code {ctrl}}, {@code {space}}, … become the key's
     * name ({@code key.shift}: Umschalt, Strg, Leertaste on German keyboards); letters stay as typed.
     */
    static String keys(String pattern, java.util.function.Function<String, String> translate) {
        return KEY_NAME.matcher(pattern).replaceAll(
                match -> java.util.regex.Matcher.quoteReplacement(translate.apply("key." + match.group(1))));
    }

    ShortcutSheet() {
        addClassName("fd-shortcuts");
        setHeaderTitle(getTranslation("shortcut.title"));
    }

    /**
     * The sheet's rows are built when it first opens: every reader has a sheet, few open it, and a dialog
     * never opened keeps its whole element tree and the changes not yet sent (~90 KB per reader, ADR 40).
     */
    @Override
    public void setOpened(boolean opened) {
        if (opened && !built()) {
            build();
        }
        super.setOpened(opened);
    }

    boolean built() {
        return getChildren().findAny().isPresent();
    }

    private void build() {
        Div table = new Div();
        table.addClassName("fd-shortcut-table");
        for (String[] shortcut : SHORTCUTS) {
            Span key = new Span(keys(shortcut[0], this::getTranslation));
            key.addClassName("fd-key");
            table.add(key, new Span(getTranslation(shortcut[1])));
        }
        add(table);
        getFooter().add(new Button(getTranslation("shortcut.done"), e -> close()));
    }
}
