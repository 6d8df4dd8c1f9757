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

    @Test
    void the_rewritten_promotional_patterns_find_what_their_earlier_forms_found() {
        List<String> sentences = new ArrayList<>(SENTENCES);
        sentences.addAll(List.of("Weiterlesen mit BILDplus", "Exklusiv für Abonnenten", "Jetzt F+ testen!",
                "Lesen Sie jetzt mit SZ Plus", "FAZ+ jetzt 1 Monat testen", "Sie möchten weiterlesen?",
                "Registrieren Sie sich kostenlos.", "Bereits Abonnent? Hier anmelden", "Du bist bereits Kundin?",
                "Zugang zu allen Artikeln", "Dieser Artikel ist nur für Abonnenten", "Already a subscriber? Log in",
                "Wer bereits Kunde der Bank ist, zahlt weniger.", "Haben Sie Fragen?", "Das sagten Sie gestern.",
                "Ihr findet das hier.", "Ihr Auto steht dort.", "Das hat Dir gefallen, euch auch.", "Er gab ihr das Buch.",
                "So\u00A0\u2009Sie", "Wie\tIhnen", "   Sie kamen.", "a  \u00A0 Ihre Meinung", "xSie", "Findet ihr das?"));
        for (String seed : SEEDS) {
            sentences.addAll(seedSentences(seed));
        }
        for (String sentence : sentences) {
            for (String text : List.of(sentence, sentence.toLowerCase(java.util.Locale.ROOT))) {
                assertThat(PromotionalDetector.PAYWALL.matcher(text).find()).as(text)
                        .isEqualTo(PAYWALL_BEFORE.matcher(text).find());
                assertThat(PromotionalDetector.ADDRESS.matcher(text).find()).as(text)
                        .isEqualTo(ADDRESS_BEFORE.matcher(text).find());
            }
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

    /** {@link PromotionalDetector#PAYWALL} as it was before the speed work (issue 13): a word boundary in each alternative. */
    private static final Pattern PAYWALL_BEFORE = Pattern.compile("\\b(?:weiterlesen|weiter lesen|lesen sie weiter|mehr lesen) mit\\b"
            + "|\\b(?:exklusiv|nur) für (?:abonnent\\w*|abo-?kunden|plus-?\\w*|subscriber\\w*)|\\bfor subscribers\\b|\\bsubscribers? only\\b"
            + "|\\b(?:testen|lesen|abonnieren|holen|entdecken)(?: sie)? (?:jetzt )?(?:\\S+ )?\\p{L}+[ -]?(?:plus|\\+)(?=[\\s!.:]*$)"
            + "|\\b\\p{L}+[ -]?(?:plus|\\+)\\s+(?:jetzt\\s+)?(?:\\S+\\s+){0,2}(?:testen|lesen|abonnieren|freischalten|sichern|abschließen)\\b"
            + "|\\b(?:sie möchten|du möchtest|möchten sie|willst du) (?:gerne? )?(?:weiterlesen|mehr lesen|den (?:ganzen|vollständigen) artikel)"
            + "|\\bregistrieren sie sich\\b|\\bregistriere dich\\b|\\b(?:jetzt|kostenlos|gratis) registrieren\\b"
            + "|\\bbereits (?:abonnent|abonnentin|abonniert|registriert)|\\bschon (?:abonnent|abonniert|registriert)"
            + "|\\b(?:bereits|schon) kund(?:e|in)\\s*\\?"
            + "|\\bzugang zu allen (?:artikeln|inhalten|beiträgen)|\\bunbegrenzt(?:en)? (?:zugang|zugriff|lesen)"
            + "|\\b(?:artikel|beitrag|inhalt) (?:ist )?(?:nur |exklusiv )?für (?:abonnent|plus|premium|digital)"
            + "|\\b(?:already a subscriber|subscribe to (?:continue|read)|unlimited (?:digital )?access)", Pattern.UNICODE_CHARACTER_CLASS);

    /** {@link PromotionalDetector#ADDRESS} as it was before the speed work. */
    private static final Pattern ADDRESS_BEFORE = Pattern.compile("(?<=\\S\\s{1,3})(?:Sie|Ihnen|Ihre?[mnrs]?)\\b"
            + "|\\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\\w*|[Ee]uch|[Ee]uer\\w*|[Ee]ure[mnrs]?)\\b|\\b(?:" + PromotionalDetector.PLURAL_YOU_VERBS + ") ihr\\b|^[Ii]hr (?:" + PromotionalDetector.PLURAL_YOU_VERBS + ")\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
}
