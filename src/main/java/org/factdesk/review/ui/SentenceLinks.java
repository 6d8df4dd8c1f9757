package org.factdesk.review.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead's comment with sentence references ("#3", "Satz 3", "sentence 3") as links to {@code #sentence-3}:
 * the reader selects that sentence (ADR 0027). Everything else stays plain text (no markup from users).
 */
final class SentenceLinks {

    static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w#])(?:#|(?:Satz|Sätze|Sentence|sentence|satz)\\s+)(\\d{1,5})\\b");

    private SentenceLinks() {
    }

    /**
     * Adds {@code text} to {@code target} as text and links to {@code readerPath#sentence-N}: the reader's own
     * address (relative to the app's base), since a bare fragment would resolve against the base, not the view.
     */
    static void render(HasComponents target, String text, String readerPath) {
        Matcher matcher = REFERENCE.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                target.add(new Text(text.substring(from, matcher.start())));
            }
            Anchor link = new Anchor(readerPath + "#sentence-" + Integer.parseInt(matcher.group(1)), matcher.group());
            link.addClassName("fd-sentence-link");
            // A change of the fragment only: the browser handles it, the reader selects the sentence.
            link.getElement().setAttribute("router-ignore", true);
            target.add(link);
            from = matcher.end();
        }
        if (from < text.length()) {
            target.add(new Text(text.substring(from)));
        }
    }
}
