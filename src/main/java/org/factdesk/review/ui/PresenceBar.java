package org.factdesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factdesk.review.ReaderPresence;

import java.util.ArrayList;
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
        List<String> initials = distinctInitials(present.stream().map(ReaderPresence.Present::displayName).toList());
        for (int i = 0; i < present.size(); i++) {
            ReaderPresence.Present person = present.get(i);
            Span badge = new Span(initials.get(i));
            badge.addClassName("fd-presence-avatar");
            badge.getElement().setAttribute("role", "listitem");
            badge.getElement().setAttribute("data-username", person.username());
            badge.getElement().setAttribute("title", person.displayName());
            badge.getElement().setAttribute("aria-label", person.displayName());
            badge.getElement().setAttribute("tabindex", "0"); // the tooltip for keyboard users too
            people.add(badge);
        }
    }

    /**
     * Initials that tell the people apart: "Eva Editor" → "EE", "Lena" → "L"; when two would be the same, more
     * letters ("Eva Editor", "Erik Editor" → "EvE", "ErE"), and a number when even the names are the same.
     */
    static List<String> distinctInitials(List<String> displayNames) {
        List<List<String>> variants = displayNames.stream().map(PresenceBar::initialVariants).toList();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String pick = null;
            for (String variant : variants.get(i)) {
                if (sharedByAnother(variant, i, variants)) {
                    continue;
                }
                pick = variant;
                break;
            }
            if (pick == null || chosen.contains(pick)) { // the same name twice: number them in the order shown
                String base = pick == null ? variants.get(i).getFirst() : pick;
                int number = 1;
                while (chosen.contains(base + number)) {
                    number++;
                }
                pick = base + number;
            }
            chosen.add(pick);
        }
        return chosen;
    }

    /** Whether another person's variant at the same level of detail is {@code variant}. */
    private static boolean sharedByAnother(String variant, int self, List<List<String>> variants) {
        int level = variants.get(self).indexOf(variant);
        for (int j = 0; j < variants.size(); j++) {
            List<String> other = variants.get(j);
            if (j != self && other.get(Math.min(level, other.size() - 1)).equals(variant)) {
                return true;
            }
        }
        return false;
    }

    /** From short to long: first letters of the first and last word; two letters of the first; of the last. */
    private static List<String> initialVariants(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return List.of("?");
        }
        String[] words = displayName.strip().split("\\s+");
        String first = words[0];
        String last = words.length > 1 ? words[words.length - 1] : "";
        List<String> variants = new ArrayList<>();
        variants.add(upper(letters(first, 1)) + upper(letters(last, 1)));
        variants.add(upper(letters(first, 1)) + letters(first.substring(letters(first, 1).length()), 1)
                + upper(letters(last, 1)));
        if (!last.isEmpty()) {
            variants.add(upper(letters(first, 1)) + upper(letters(last, 1))
                    + letters(last.substring(letters(last, 1).length()), 1));
        }
        return variants.stream().distinct().toList();
    }

    /** The first {@code count} code points of {@code word} (fewer if it is shorter). */
    private static String letters(String word, int count) {
        return word.substring(0, word.offsetByCodePoints(0, Math.min(count, word.codePointCount(0, word.length()))));
    }

    private static String upper(String letters) {
        return letters.toUpperCase(Locale.ROOT);
    }
}
