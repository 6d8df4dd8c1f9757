package org.factdesk.assist.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written scans that replaced regular expressions in the hot loop (for speed, issue 13) find exactly
 * what the expressions they replaced find: for every code point, and on sentences with the awkward cases.
 */
class HandScanEquivalenceTest {

    private static final List<String> SENTENCES = List.of(
            "Der Umsatz stieg im 3. Quartal um 12,5 Prozent auf 3,2 Mrd. Euro.",
            "„Das ist’s“, sagte Müller – 13,5 % mehr (dpa).",
            "Ǆemal İstanbul ﬁnanziert 𝐀𝐁𝐂 ١٢٣ and Straße\u00ADn\u200Bwort \uD835 x",
            "   ",
            "");

    @Test
    void check_worthiness_words_are_the_runs_of_its_word_pattern() {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = new String(Character.toChars(c));
            assertSameWords(one);
            every.append(one).append(c % 7 == 0 ? " " : "");
        }
        assertSameWords(every.toString());
        SENTENCES.forEach(HandScanEquivalenceTest::assertSameWords);
        SEEDS.forEach(seed -> seedSentences(seed).forEach(HandScanEquivalenceTest::assertSameWords));
    }

    @Test
    void a_case_insensitive_letter_matches_only_characters_that_case_fold_to_it() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
        for (char letter = 'a'; letter <= 'z'; letter++) {
            Matcher one = Pattern.compile(String.valueOf(letter), flags).matcher("");
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                String text = new String(Character.toChars(c));
                if (one.reset(text).matches()) {
                    assertThat(NoClaimDetector.caseFolded(text)).as("U+%04X", c).isEqualTo(String.valueOf(letter));
                }
            }
        }
    }

    @Test
    void the_comment_prompt_check_finds_what_its_pattern_finds() {
        List<String> sentences = new ArrayList<>(SENTENCES);
        sentences.addAll(List.of("Was denken Sie darüber?", "WAS MEINEN SIE dazu?", "Wie finden Sie das?",
                "What do you think?", "Was denken Sie darüber", "Diskutieren Sie mit!", "Schreiben Sie unſ!",
                "Ihre MEİNUNG ist gefragt.", "Hinterlassen Sie einen \u212Aommentar.", "Kommentare anzeigen",
                "Er wollte keinen Kommentar abgeben.", "Leave a comment", "Join the discussion below.",
                "Teilen\u00A0Sie\u00A0uns mit, was Sie denken.", "Die Partei diskutierte mit den Bürgern."));
        for (String seed : SEEDS) {
            sentences.addAll(seedSentences(seed));
        }
        for (String sentence : sentences) {
            assertThat(NoClaimDetector.isCommentPrompt(sentence)).as(sentence)
                    .isEqualTo(NoClaimDetector.COMMENT_PROMPT.matcher(sentence).find());
        }
    }

    private static final List<String> SEEDS = List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");

    static List<String> seedSentences(String seed) {
        try (var in = HandScanEquivalenceTest.class.getResourceAsStream("/seed-articles/" + seed)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return org.factdesk.assist.AssistText.of(text,
                    org.factdesk.segmentation.GermanSentenceSplitter.shared().segment(text)).sentences().stream()
                    .map(s -> s.text().strip()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameWords(String sentence) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        CheckWorthiness.wordSpans(sentence, words, starts, ends);
        List<String> expectedWords = new ArrayList<>();
        List<Integer> expectedStarts = new ArrayList<>();
        List<Integer> expectedEnds = new ArrayList<>();
        Matcher word = CheckWorthiness.WORD.matcher(sentence);
        while (word.find()) {
            expectedWords.add(word.group());
            expectedStarts.add(word.start());
            expectedEnds.add(word.end());
        }
        if (!words.equals(expectedWords) || !starts.equals(expectedStarts) || !ends.equals(expectedEnds)) {
            assertThat(words).as(sentence.codePoints().limit(5).mapToObj(Integer::toHexString).toList().toString())
                    .isEqualTo(expectedWords);
            assertThat(starts).isEqualTo(expectedStarts);
            assertThat(ends).isEqualTo(expectedEnds);
        }
    }
}
