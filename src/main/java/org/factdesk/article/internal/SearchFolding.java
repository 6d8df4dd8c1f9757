package org.factdesk.article.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds text for the article search, the same way for what is stored and what is typed: lower case,
 * accents and umlauts dropped ({@code Müller} → {@code muller}), {@code ß} → {@code ss}, typographic
 * dashes, quotes and spaces to their plain forms, soft hyphens and zero-width characters removed.
 * A typed word also tries its spelled-out umlauts both ways ({@link #variants}), so "Mueller" finds
 * "Müller" and "Müller" finds "Mueller". Folding in Java rather than in SQL keeps H2 and PostgreSQL
 * alike: PostgreSQL's {@code lower()} depends on the database's locale (ADR 0016).
 */
public final class SearchFolding {

    /** Choice points per typed word beyond which only "all spelled out" and "none" are tried. */
    private static final int MAX_CHOICES = 4;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    private SearchFolding() {
    }

    /** The folded form of a stored text or of one typed variant; null gives "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = INVISIBLE.matcher(text).replaceAll("");
        // Letters that do not decompose into a base letter and a mark.
        s = s.replace("ẞ", "ss").replace("ß", "ss").replace("Æ", "ae").replace("æ", "ae").replace("Œ", "oe")
                .replace("œ", "oe").replace("Ø", "o").replace("ø", "o").replace("Ł", "l").replace("ł", "l")
                .replace("Đ", "d").replace("đ", "d").replace("ı", "i");
        s = withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFD));
        s = s.toLowerCase(Locale.ROOT);
        return plainPunctuationAndSpaces(s).strip();
    }

    // The two loops below do in one pass each what five regular expressions did: fold runs on every import.

    /** {@code s} without its combining marks (\p{M}). */
    private static String withoutMarks(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString();
    }

    /** Dashes to "-", typographic quotes to ' and ", every run of white space or separators to one space. */
    private static String plainPunctuationAndSpaces(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                if (!inSpace) {
                    plain.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            if (type == Character.DASH_PUNCTUATION || c == 0x2212) {
                plain.append('-');
            } else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032 || c == 0x2039
                    || c == 0x203A || c == '`' || c == 0xB4) {
                plain.append('\'');
            } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033 || c == 0xAB
                    || c == 0xBB) {
                plain.append('"');
            } else {
                plain.appendCodePoint(c);
            }
        }
        return plain.toString();
    }

    /** Several texts folded into one, one per line (a typed word holds no line break, so it never spans two). */
    public static String foldLines(String... texts) {
        StringBuilder folded = new StringBuilder();
        for (String text : texts) {
            String one = fold(text);
            if (!one.isEmpty()) {
                if (!folded.isEmpty()) {
                    folded.append('\n');
                }
                folded.append(one);
            }
        }
        return folded.toString();
    }

    /**
     * The typed search, word by word (at most {@code maxWords}), each word as the set of its folded
     * {@link #variants}; a stored text matches a word when it contains one of them.
     */
    public static List<Set<String>> terms(String typed, int maxWords) {
        if (typed == null) {
            return List.of();
        }
        List<Set<String>> terms = new ArrayList<>();
        for (String word : SPACES.split(INVISIBLE.matcher(typed).replaceAll("").strip())) {
            Set<String> variants = variants(word);
            if (!variants.isEmpty() && terms.size() < maxWords) {
                terms.add(variants);
            }
        }
        return terms;
    }

    /**
     * The folded forms one typed word may take in a stored text: {@code ü} may have been spelled
     * {@code ue} there, and a typed {@code ue} may stand for {@code ü} (which the text folded to
     * {@code u}). "Mueller" gives {@code mueller} and {@code muller}; "Müller" the same two.
     */
    public static Set<String> variants(String typedWord) {
        String lower = Normalizer.normalize(typedWord, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String[]> parts = new ArrayList<>();
        int choices = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String base = switch (c) {
                case 'ä' -> "a";
                case 'ö' -> "o";
                case 'ü' -> "u";
                default -> null;
            };
            if (base != null) {
                parts.add(new String[] {base, base + "e"});
                choices++;
            } else if (i + 1 < lower.length() && lower.charAt(i + 1) == 'e' && "aou".indexOf(c) >= 0) {
                parts.add(new String[] {c + "e", String.valueOf(c)});
                choices++;
                i++;
            } else {
                parts.add(new String[] {String.valueOf(c)});
            }
        }
        Set<String> variants = new LinkedHashSet<>();
        if (choices <= MAX_CHOICES) {
            collect(parts, 0, new StringBuilder(), variants);
        } else {
            for (int option = 0; option < 2; option++) {
                StringBuilder one = new StringBuilder();
                for (String[] part : parts) {
                    one.append(part[Math.min(option, part.length - 1)]);
                }
                variants.add(fold(one.toString()));
            }
        }
        variants.remove("");
        return variants;
    }

    private static void collect(List<String[]> parts, int index, StringBuilder prefix, Set<String> into) {
        if (index == parts.size()) {
            into.add(fold(prefix.toString()));
            return;
        }
        for (String option : parts.get(index)) {
            int length = prefix.length();
            prefix.append(option);
            collect(parts, index + 1, prefix, into);
            prefix.setLength(length);
        }
    }
}
