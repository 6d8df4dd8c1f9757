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
