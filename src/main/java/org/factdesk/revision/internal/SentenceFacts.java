package org.factdesk.revision.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What in a sentence is substance rather than wording: its figures (numbers and number words), dates
 * (month and weekday names, "gestern", "heute" …; day and year numbers are figures), names and negations
 * ("nicht", "kein", "nie", "niemals", "ohne" …), German and English. A small extractor of its own: assist's
 * figure and entity extractors are internal to assist (ADR 29).
 *
 * <p>Names: German capitalises every noun, so without a lexicon a name cannot be told from a noun. Every
 * capitalised word counts, except sentence-opening function words ("Die", "Zudem") and a word that is
 * still there in lower case, inflected (same stem) or with one letter fixed (a typo). A noun replaced by
 * another noun is therefore substance too — the safe side: the sentence is reviewed again.
 */
public final class SentenceFacts {

    private static final Pattern DIGITS = Pattern.compile("\\d(?:[\\d.,]*\\d)?");
    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private static final Set<String> NUMBER_WORDS = words("null", "eins", "ein", "zwei", "drei", "vier", "fünf",
            "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig",
            "hundert", "tausend", "million", "millionen", "milliarde", "milliarden", "billion", "billionen", "dutzend",
            "hälfte", "drittel", "viertel", "doppelt", "verdoppelt", "halbiert",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "hundred", "thousand", "million", "billion", "half", "double");
    // "ein" is both article and number: only the unambiguous words count as figures.
    private static final Set<String> NOT_FIGURES = Set.of("ein", "one");

    private static final Set<String> DATE_WORDS = words("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul",
            "aug", "sep", "sept", "okt", "nov", "dez", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonnabend", "sonntag", "gestern", "heute", "morgen", "vorgestern", "übermorgen", "vorjahr",
            "vormonat", "vorwoche", "frühjahr", "sommer", "herbst", "winter", "quartal",
            "january", "february", "march", "june", "july", "october", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow");

    private static final Set<String> NEGATIONS = words("nicht", "kein", "keine", "keinen", "keinem", "keiner",
            "keines", "nie", "niemals", "ohne", "nichts", "niemand", "nirgends", "nirgendwo", "weder", "keineswegs",
            "keinesfalls", "not", "no", "never", "without", "none", "nobody", "nothing", "neither", "nor", "cannot");

    /** Capitalised only because they open a sentence (or a clause): never names. */
    private static final Set<String> FUNCTION_WORDS = words("der", "die", "das", "dem", "den", "des", "ein", "eine",
            "einer", "eines", "einem", "einen", "er", "sie", "es", "wir", "ihr", "ich", "man", "dies", "diese", "dieser",
            "dieses", "diesem", "diesen", "jene", "jener", "und", "oder", "aber", "doch", "denn", "sondern", "auch",
            "zudem", "außerdem", "ebenfalls", "so", "da", "dann", "dort", "hier", "nun", "jetzt", "damit", "dabei",
            "danach", "davor", "dafür", "daher", "deshalb", "deswegen", "trotzdem", "dennoch", "allerdings", "jedoch",
            "zwar", "bereits", "schon", "noch", "nur", "vor", "nach", "in", "im", "am", "an", "auf", "aus", "bei", "mit",
            "von", "vom", "zu", "zum", "zur", "für", "um", "über", "unter", "gegen", "seit", "bis", "laut", "wie", "was",
            "wer", "wo", "wann", "warum", "weil", "wenn", "ob", "dass", "als", "sein", "seine", "ihre", "unser",
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "we", "they", "i", "you", "and",
            "or", "but", "so", "then", "also", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as", "if");

    /** German and English lists share some words: duplicates are fine here. */
    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    private final Map<String, Integer> figures = new TreeMap<>();
    private final Map<String, Integer> dates = new TreeMap<>();
    private final Map<String, Integer> negations = new TreeMap<>();
    private final Map<String, Integer> capitalised = new TreeMap<>();
    private final Set<String> lowerWords;

    public SentenceFacts(SentenceText text) {
        lowerWords = text.words().keySet();
        for (String token : text.tokens()) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (DIGITS.matcher(token).matches()) {
                figures.merge(number(token), 1, Integer::sum);
            } else if (NUMBER_WORDS.contains(lower) && !NOT_FIGURES.contains(lower)) {
                figures.merge(lower, 1, Integer::sum);
            }
            if (DATE_WORDS.contains(lower)) {
                dates.merge(lower, 1, Integer::sum);
            }
            if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
                negations.merge(lower.endsWith("n't") ? "not" : lower, 1, Integer::sum);
            }
            if (Character.isUpperCase(token.codePointAt(0)) && !FUNCTION_WORDS.contains(lower)
                    && !DATE_WORDS.contains(lower) && !NUMBER_WORDS.contains(lower)) {
                capitalised.merge(token, 1, Integer::sum);
            }
        }
    }

    /** One number as a value: German and English thousands separators dropped, the decimal comma a point. */
    static String number(String token) {
        if (GERMAN_THOUSANDS.matcher(token).matches()) {
            return token.replace(".", "").replace(',', '.');
        }
        if (ENGLISH_THOUSANDS.matcher(token).matches()) {
            return token.replace(",", "");
        }
        return token.replace(',', '.');
    }

    /**
     * What differs in substance from {@code before} to this sentence, as codes with values
     * ({@code figure: 27 → 32}, {@code name: Scholz → Merz}, {@code date: …}, {@code negation: + nicht});
     * empty when only the wording changed.
     */
    public List<String> differencesFrom(SentenceFacts before) {
        List<String> differences = new ArrayList<>();
        compare("figure", before.figures, figures, differences);
        compare("date", before.dates, dates, differences);
        compare("negation", before.negations, negations, differences);
        List<String> gone = unexplained(before.capitalised, capitalised, lowerWords);
        List<String> come = unexplained(capitalised, before.capitalised, before.lowerWords);
        if (!gone.isEmpty() || !come.isEmpty()) {
            differences.add("name: " + describe(gone, come));
        }
        return differences;
    }

    private static void compare(String code, Map<String, Integer> before, Map<String, Integer> after,
                                List<String> differences) {
        if (before.equals(after)) {
            return;
        }
        differences.add(code + ": " + describe(minus(before, after), minus(after, before)));
    }

    private static String describe(List<String> gone, List<String> come) {
        if (gone.isEmpty()) {
            return "+ " + String.join(", ", come);
        }
        if (come.isEmpty()) {
            return "− " + String.join(", ", gone);
        }
        return String.join(", ", gone) + " → " + String.join(", ", come);
    }

    private static List<String> minus(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> rest = new ArrayList<>();
        a.forEach((value, count) -> {
            for (int i = b.getOrDefault(value, 0); i < count; i++) {
                rest.add(value);
            }
        });
        return rest;
    }

    /**
     * Capitalised words of {@code from} that {@code to} lacks and that are not explained: still there in
     * lower case (moved out of the sentence start), the same stem, or one letter apart (a typo fixed).
     */
    private static List<String> unexplained(Map<String, Integer> from, Map<String, Integer> to, Set<String> toLower) {
        List<String> missing = minus(from, to);
        List<String> result = new ArrayList<>();
        Map<String, Integer> candidates = new HashMap<>(to);
        for (String word : missing) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (toLower.contains(lower) && !to.containsKey(word)) {
                continue; // written in lower case now (it opened the sentence before)
            }
            boolean explained = false;
            for (String other : candidates.keySet()) {
                if (!from.containsKey(other) && (sameStem(word, other) || typo(word, other))) {
                    explained = true;
                    break;
                }
            }
            if (!explained) {
                result.add(word);
            }
        }
        return result;
    }

    /** German inflection: one word is the other plus a short ending (Landes/Land, Regierungen/Regierung). */
    static boolean sameStem(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 4 || !longer.startsWith(shorter)) {
            return false;
        }
        String ending = longer.substring(shorter.length());
        return Set.of("s", "es", "n", "en", "e", "er", "ern", "ns").contains(ending);
    }

    /** One letter inserted, deleted, replaced or two neighbours swapped, in words of five letters or more. */
    static boolean typo(String a, String b) {
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        return damerauLevenshtein(a, b) <= 1;
    }

    private static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
