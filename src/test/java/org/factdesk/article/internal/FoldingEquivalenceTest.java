package org.factdesk.article.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass {@link ContentHash#fingerprint} and {@link SearchFolding#fold} give exactly what their
 * regular-expression forms gave: fingerprints are stored (duplicates of older imports must still be found)
 * and folded search text too. The regular-expression forms are kept here as the reference.
 */
class FoldingEquivalenceTest {

    private static final String TRICKY = " \t\n\r\u000B\f\u00A0\u2002\u2028\u2029\u3000\u00AD\u200B\u200C\u200D\u2060\uFEFF"
            + "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2018\u2019\u201A\u201B\u2039\u203A\u2032`\u00B4"
            + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u301C-–—ßẞÆæŒœØøŁłĐđıİÄÖÜäöüéèçñ\u0301\u0308\u20DD"
            + "aAzZ09.,;:!?\"'()\uD835\uDC00\uD834\uDD65\u001C\u001F";

    @Test
    void the_one_pass_forms_equal_the_regular_expression_forms_on_the_seeds_and_on_random_text() throws IOException {
        List<String> texts = new ArrayList<>(seeds());
        Random random = new Random(20261201);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(TRICKY.length());
                char c = TRICKY.charAt(at);
                if (Character.isHighSurrogate(c) && at + 1 < TRICKY.length()) {
                    text.append(c).append(TRICKY.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(ContentHash.fingerprint(text)).as("fingerprint of [%s]", text).isEqualTo(referenceFingerprint(text));
            assertThat(SearchFolding.fold(text)).as("fold of [%s]", text).isEqualTo(referenceFold(text));
        }
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("000_ba803e981a7528e0", "001_fa1e16ef087a0131", "002_7f91695c0ff28209",
                "003_df3efb554b237c1d", "004_59adb0c8911c4187")) {
            try (InputStream in = FoldingEquivalenceTest.class.getResourceAsStream("/seed-articles/" + name + ".txt")) {
                seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return seeds;
    }

    private static String referenceFingerprint(String articleText) {
        String folded = Normalizer.normalize(articleText, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]", "\"")
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2039\\u203A\\u2032`\\u00B4]", "'")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("\\s+", " ")
                .strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String referenceFold(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String s = text.replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
        s = s.replace("ẞ", "ss").replace("ß", "ss").replace("Æ", "ae").replace("æ", "ae").replace("Œ", "oe")
                .replace("œ", "oe").replace("Ø", "o").replace("ø", "o").replace("Ł", "l").replace("ł", "l")
                .replace("Đ", "d").replace("đ", "d").replace("ı", "i");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\p{Pd}|\\u2212", "-");
        s = s.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2039\\u203A`´]", "'");
        s = s.replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"");
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
