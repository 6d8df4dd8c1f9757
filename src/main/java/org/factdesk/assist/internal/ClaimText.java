package org.factdesk.assist.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a repeated-claim comparison sees of a sentence (ADR 0020): its normalised words (NFKC, lower
 * case, typographic quotes and dashes folded, punctuation dropped; numbers and the symbols %, €, $, £ are
 * words too) and its figures (each number with the units after it, e.g. {@code 13|e9|usd} for
 * "13 Milliarden US-Dollar", German and English number formats read alike). Two sentences are nearly the
 * same claim when their figures are equal and the cosine of their word counts is at least
 * {@link #NEAR_THRESHOLD}. Pure and thread-safe.
 */
final class ClaimText {

    /** Shorter sentences (headings, "Mehr dazu hier.") are no claim worth matching. */
    static final int MIN_WORDS = 6;
    /** Cosine on word counts: one word in ten substituted is still nearly the same. */
    static final double NEAR_THRESHOLD = 0.9;

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'][\\p{L}\\p{M}\\d]+)*"
            + "|\\d+(?:[.,]\\d+)*|[%€$£]");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    /** Unit words after a number, to one spelling: magnitudes, percent, currencies. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("%", "%"), Map.entry("prozent", "%"), Map.entry("percent", "%"),
            Map.entry("prozentpunkte", "pp"), Map.entry("prozentpunkt", "pp"),
            Map.entry("tausend", "e3"), Map.entry("tsd", "e3"),
            Map.entry("mio", "e6"), Map.entry("million", "e6"), Map.entry("millionen", "e6"),
            Map.entry("millions", "e6"),
            Map.entry("mrd", "e9"), Map.entry("milliarde", "e9"), Map.entry("milliarden", "e9"),
            Map.entry("billionen", "e12"),
            Map.entry("€", "eur"), Map.entry("euro", "eur"), Map.entry("eur", "eur"),
            Map.entry("$", "usd"), Map.entry("dollar", "usd"), Map.entry("us-dollar", "usd"),
            Map.entry("usd", "usd"), Map.entry("£", "gbp"), Map.entry("pfund", "gbp"),
            Map.entry("franken", "chf"), Map.entry("chf", "chf"));
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032`\\u00B4]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Set<String> CURRENCY_SYMBOLS = Set.of("€", "$", "£");

    /** Function words: left out of the index keys (not of the similarity), so they do not make sentences alike. */
    static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "und", "oder", "aber", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom",
            "zu", "zum", "zur", "für", "über", "unter", "um", "bis", "durch", "gegen", "ohne", "als", "wie",
            "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte",
            "sei", "es", "er", "sie", "wir", "ihr", "sich", "nicht", "auch", "noch", "nur", "so", "dass",
            "daß", "mehr", "sein", "seine", "ihre", "ihren", "dies", "diese", "dieser", "dieses", "man",
            "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "is", "are", "was", "were",
            "be", "by", "at", "as", "it", "that", "this", "from"));

    record Analysis(List<String> words, List<String> figures, Map<String, Integer> counts, int wordCount) {

        boolean longEnough() {
            return wordCount >= MIN_WORDS;
        }
    }

    private ClaimText() {
    }

    static Analysis analyse(String sentence) {
        List<String> words = words(sentence);
        Map<String, Integer> counts = new HashMap<>();
        int wordCount = 0;
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
            if (!CURRENCY_SYMBOLS.contains(word) && !word.equals("%")) {
                wordCount++;
            }
        }
        return new Analysis(words, figures(words), counts, wordCount);
    }

    /**
     * The normalised words in reading order: the runs {@link #TOKEN} matches, found by one pass over the text
     * instead of the regular expressions (the same words — the stored index keys depend on them, see
     * ClaimTextTest — in a fraction of the time: a look-up analyses up to 200 candidate sentences).
     */
    static List<String> words(String sentence) {
        String normalised = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String folded = folded(normalised);
        List<String> words = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int c = folded.codePointAt(i);
            int end;
            if (Character.isLetter(c)) {
                end = wordCharsFrom(folded, i + Character.charCount(c));
                while (end + 1 < n && (folded.charAt(end) == '-' || folded.charAt(end) == '\'')
                        && isWordChar(folded.codePointAt(end + 1))) {
                    end = wordCharsFrom(folded, end + 1);
                }
            } else if (isDigit(c)) {
                end = digitsFrom(folded, i + 1);
                while (end + 1 < n && (folded.charAt(end) == '.' || folded.charAt(end) == ',')
                        && isDigit(folded.charAt(end + 1))) {
                    end = digitsFrom(folded, end + 1);
                }
            } else if (c == '%' || c == '€' || c == '$' || c == '£') {
                end = i + 1;
            } else {
                i += Character.charCount(c);
                continue;
            }
            words.add(folded.substring(i, end));
            i = end;
        }
        return words;
    }

    /** Soft hyphens and zero-width characters dropped, typographic apostrophes and dashes to ' and -. */
    private static String folded(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement;
            if (c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF') {
                replacement = 0;
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2032'
                    || c == '`' || c == '\u00B4') {
                replacement = '\'';
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                replacement = '-';
            } else {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replacement != 0) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The end of the run of letters, marks and digits starting at {@code from}. */
    private static int wordCharsFrom(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int digitsFrom(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code [\\p{L}\\p{M}\\d]} of {@link #TOKEN}: a letter, a mark or an ASCII digit. */
    private static boolean isWordChar(int c) {
        if (isDigit(c) || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \\d} without UNICODE_CHARACTER_CLASS: ASCII digits only. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The words as {@link #TOKEN} finds them: the definition {@link #words} follows (ClaimTextTest compares). */
    static List<String> wordsByPattern(String sentence) {
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("'");
        folded = DASHES.matcher(folded).replaceAll("-");
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(folded);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Each number with the unit words right after it (and a currency symbol right before it), sorted. */
    static List<String> figures(List<String> words) {
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!isDigit(word.charAt(0))) { // a word starting with a digit is a number (see words)
                continue;
            }
            StringBuilder figure = new StringBuilder(number(word));
            boolean currency = false;
            int j = i + 1;
            for (; j < words.size() && j <= i + 2; j++) {
                String unit = UNITS.get(words.get(j));
                if (unit == null) {
                    break;
                }
                figure.append('|').append(unit);
                currency |= !unit.startsWith("e") && !unit.equals("%") && !unit.equals("pp");
            }
            if (!currency && i > 0 && CURRENCY_SYMBOLS.contains(words.get(i - 1))) {
                figure.append('|').append(UNITS.get(words.get(i - 1)));
            }
            figures.add(figure.toString());
            i = j - 1;
        }
        figures.sort(null);
        return figures;
    }

    /** "1.000.000" → 1000000, "13,50" → 13.5, "2.5" → 2.5: German thousands and decimal separators first. */
    static String number(String digits) {
        String plain;
        if (digits.contains(",")) {
            plain = digits.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(digits).matches()) {
            plain = digits.replace(".", "");
        } else {
            plain = digits;
        }
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            plain = plain.replaceAll("\\.(?=.*\\.)", ""); // odd forms like 1.2.3: keep the last separator
            plain = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        plain = plain.replaceFirst("^0+(?=\\d)", "");
        return plain;
    }

    /** Cosine of the two word-count vectors: 1 for the same words in any order, 0 for none shared. */
    static double cosine(Analysis a, Analysis b) {
        if (a.counts().isEmpty() || b.counts().isEmpty()) {
            return 0;
        }
        long dot = 0;
        Map<String, Integer> small = a.counts().size() <= b.counts().size() ? a.counts() : b.counts();
        Map<String, Integer> large = small == a.counts() ? b.counts() : a.counts();
        for (Map.Entry<String, Integer> entry : small.entrySet()) {
            Integer other = large.get(entry.getKey());
            if (other != null) {
                dot += (long) entry.getValue() * other;
            }
        }
        return dot / Math.sqrt((double) norm(a.counts()) * norm(b.counts()));
    }

    private static long norm(Map<String, Integer> counts) {
        long sum = 0;
        for (int count : counts.values()) {
            sum += (long) count * count;
        }
        return sum;
    }

    /** The same claim in other words? Same figures, words alike at least {@link #NEAR_THRESHOLD}. */
    static boolean nearlySame(Analysis a, Analysis b) {
        return a.figures().equals(b.figures()) && cosine(a, b) >= NEAR_THRESHOLD;
    }
}
