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
        shortcuts.add(new String[]{"j / ↓", "shortcut.next"});
        shortcuts.add(new String[]{"k / ↑", "shortcut.previous"});
        shortcuts.add(new String[]{"Shift + j / k", "shortcut.extend"});
        for (Verdict verdict : Verdict.values()) {
            shortcuts.add(new String[]{verdict.shortcut(), verdict.shortcutTranslationKey()});
        }
        shortcuts.add(new String[]{ArticleTextElement.CLEAR_SHORTCUT, "shortcut.clear"});
        shortcuts.add(new String[]{ArticleTextElement.ACCEPT_SHORTCUT, "shortcut.acceptSuggestion"});
        shortcuts.add(new String[]{ArticleTextElement.DISMISS_SHORTCUT, "shortcut.dismissSuggestion"});
        shortcuts.add(new String[]{"Enter", "shortcut.open"});
        shortcuts.add(new String[]{"Esc", "shortcut.close"});
        shortcuts.add(new String[]{"Space", "shortcut.nextUnreviewed"});
        shortcuts.add(new String[]{ArticleTextElement.ORDER_SHORTCUT, "shortcut.checkworthyFirst"});
        shortcuts.add(new String[]{RelatedSentencesSection.ADOPT_SHORTCUT, "shortcut.adopt"});
        shortcuts.add(new String[]{"Ctrl + Enter", "shortcut.save"});
        shortcuts.add(new String[]{"Ctrl + Z", "shortcut.undo"});
        shortcuts.add(new String[]{"Ctrl + Shift + Z / Ctrl + Y", "shortcut.redo"});
        shortcuts.add(new String[]{"?", "shortcut.help"});
        return List.copyOf(shortcuts);
    }

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
