package org.factdesk.article.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** SHA-256 fingerprints of normalised text: the same words give the same hash. */
public final class ContentHash {

    private ContentHash() {
    }

    /** Article fingerprint: NFC, line endings unified, trailing white space of lines and text ignored. */
    public static String of(String articleText) {
        String normalised = Normalizer.normalize(articleText, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .strip();
        return sha256(normalised);
    }

    /**
     * Duplicate fingerprint: the same article in another file or format gives the same value. NFKC,
     * lower case, typographic quotes, dashes and apostrophes folded, soft hyphens and zero-width
     * characters dropped, every run of white space (line breaks and blank lines included) one space.
     */
    public static String fingerprint(String articleText) {
        String lower = Normalizer.normalize(articleText, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        // One pass instead of five regular-expression replacements: this runs twice per import.
        StringBuilder folded = new StringBuilder(lower.length());
        boolean inWhiteSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                inWhiteSpace = true;
                continue;
            }
            if (inWhiteSpace) {
                folded.append(' ');
                inWhiteSpace = false;
            }
            folded.append(switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '`', '\u00B4' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        if (inWhiteSpace) {
            folded.append(' ');
        }
        return sha256(folded.toString().strip());
    }

    /** Sentence fingerprint: NFC with runs of white space folded to one space. */
    public static String ofSentence(String sentence) {
        return sha256(Normalizer.normalize(sentence, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
