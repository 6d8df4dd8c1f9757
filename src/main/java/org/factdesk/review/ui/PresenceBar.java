package org.factdesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factdesk.review.ReaderPresence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The people who have the article open (live, ADR 0027): one initials badge each with the full name as
 * tooltip; {@code data-presence} lists their usernames for tests and tools.
 */
class PresenceBar extends Div {

    private final Span label = new Span();
    private final Div people = new Div();

    PresenceBar() {
        addClassName("fd-presence");
        label.addClassName("fd-presence-label");
        label.setText(getTranslation("presence.label"));
        people.addClassName("fd-presence-people");
        people.getElement().setAttribute("role", "list");
        people.getElement().setAttribute("aria-label", getTranslation("presence.label"));
        add(label, people);
    }

    void show(List<ReaderPresence.Present> present) {
        people.removeAll();
        getElement().setAttribute("data-presence",
                present.stream().map(ReaderPresence.Present::username).collect(Collectors.joining(" ")));
        for (ReaderPresence.Present person : present) {
            Span badge = new Span(initials(person.displayName()));
            badge.addClassName("fd-presence-avatar");
            badge.getElement().setAttribute("role", "listitem");
            badge.getElement().setAttribute("data-username", person.username());
            badge.getElement().setAttribute("title", person.displayName());
            badge.getElement().setAttribute("aria-label", person.displayName());
            badge.getElement().setAttribute("tabindex", "0"); // the tooltip for keyboard users too
            people.add(badge);
        }
    }

    /** "Eva Editor" → "EE", "Lena" → "L": the first letters of the first two words. */
    static String initials(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return "?";
        }
        return Arrays.stream(displayName.strip().split("\\s+")).limit(2)
                .map(word -> word.substring(0, Character.charCount(word.codePointAt(0))))
                .collect(Collectors.joining()).toUpperCase(Locale.ROOT);
    }
}
