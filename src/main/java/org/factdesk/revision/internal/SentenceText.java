package org.factdesk.revision.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence prepared for matching: its normalised form (what the sequence diff compares), its word
 * tokens and character trigrams (what the similarity compares).
 */
public final class SentenceText {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Words (letters, inner hyphens and apostrophes) and numbers (with their separators). */
    static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\d(?:[\\d.,]*\\d)?");

    private final String original;
    private final String normalised;
    private final List<String> tokens;
    private Map<String, Integer> wordBag;
    private Map<String, Integer> trigramBag;

    public SentenceText(String text) {
        this.original = text == null ? "" : text;
        this.normalised = normalise(original);
        List<String> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalised);
        while (m.find()) {
            found.add(m.group());
        }
        this.tokens = List.copyOf(found);
    }

    /**
     * NFC, typographic quotes, apostrophes and dashes folded to plain ones, white space collapsed: two
     * sentences that differ only there are the same sentence. Case stays (a case change is wording).
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[„“”«»‟″]", "\"")
                .replaceAll("[‚‘’‹›′`]", "'")
                .replaceAll("[‐‑‒–—―]", "-")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    public String original() {
        return original;
    }

    public String normalised() {
        return normalised;
    }

    /** Word and number tokens as written. */
    public List<String> tokens() {
        return tokens;
    }

    /** Lower-cased tokens with their counts. */
    public Map<String, Integer> words() {
        if (wordBag == null) {
            Map<String, Integer> bag = new HashMap<>();
            for (String token : tokens) {
                bag.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            wordBag = bag;
        }
        return wordBag;
    }

    /** Character trigrams of the lower-cased normalised text, with their counts. */
    public Map<String, Integer> trigrams() {
        if (trigramBag == null) {
            String s = " " + normalised.toLowerCase(Locale.ROOT) + " ";
            Map<String, Integer> bag = new HashMap<>();
            for (int i = 0; i + 3 <= s.length(); i++) {
                bag.merge(s.substring(i, i + 3), 1, Integer::sum);
            }
            trigramBag = bag;
        }
        return trigramBag;
    }

    /** Two sentences read as one (a split or join): text joined with a space. */
    public static SentenceText joined(SentenceText first, SentenceText second) {
        return new SentenceText(first.original + " " + second.original);
    }
}
