package org.factdesk.discussion;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in a comment: an at sign not preceded by a letter, digit or
 * another at sign (so e-mail addresses are not mentions), then a username as FactDesk allows them
 * (letters, digits, dot, underscore, dash). A trailing dot ends the sentence, not the name.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9._-]{2,64})");

    private Mentions() {
    }

    /** The usernames mentioned, in order of first appearance, without duplicates (case kept as written). */
    public static Set<String> in(String body) {
        Set<String> names = new LinkedHashSet<>();
        if (body == null) {
            return names;
        }
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.]+$", "");
            if (name.length() >= 2) {
                names.add(name);
            }
        }
        return names;
    }
}
