package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each furniture rule on a hand-written line, and claims and promotions that must stay unflagged. */
class NoClaimDetectorTest {

    private final NoClaimDetector detector = new NoClaimDetector();

    @Test
    void credits_links_bylines_and_date_lines_are_no_claim() {
        assertThat(NoClaimDetector.reason("Foto: Max Mustermann/dpa")).isEqualTo("picture-credit");
        assertThat(NoClaimDetector.reason("Bild: Stadtverwaltung Freiburg")).isEqualTo("picture-credit");
        assertThat(NoClaimDetector.reason("(Quelle: SWR)")).isEqualTo("picture-credit");
        assertThat(NoClaimDetector.reason("Lesen Sie auch: Die Bahn erhöht die Preise")).isEqualTo("related-links");
        assertThat(NoClaimDetector.reason("31.10.2023, 14:05 Uhr")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("(dpa)")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("Autoren Jelko Djuren und Jutta Klaukien")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("Was meinen Sie?")).isEqualTo("comment-prompt");
        assertThat(NoClaimDetector.reason("Schreiben Sie uns Ihre Meinung!")).isEqualTo("comment-prompt");
    }

    @Test
    void claims_questions_and_promotions_are_left_alone() {
        assertThat(NoClaimDetector.reason("Von Januar bis März stieg der Umsatz um 12 Prozent.")).isNull();
        assertThat(NoClaimDetector.reason("Laut Polizei wurde das Foto am Montag aufgenommen.")).isNull();
        assertThat(NoClaimDetector.reason("Wie geht es für OpenAI weiter?")).isNull();
        assertThat(NoClaimDetector.reason("Kostenlosen KI-Verordnung-Leitfaden herunterladen")).isNull();
        assertThat(NoClaimDetector.reason("Microsoft-Aktie: Kaufen oder verkaufen?!")).isNull();
        assertThat(NoClaimDetector.reason("Der Sprecher wollte keinen Kommentar abgeben.")).isNull();
        assertThat(NoClaimDetector.reason("Passend dazu organisiert die Hochschule eine Tagung zum Thema.")).isNull();
        assertThat(NoClaimDetector.reason("In einem Kommentar für die Zeitung schrieb sie, die Reform sei überfällig."))
                .isNull();
        assertThat(NoClaimDetector.reason("Ein Sprecher der Stadt sagte, das Büro mit modernen Computern und hellen "
                + "Räumen im Hintergrund sei im warmen Tageslicht eröffnet worden, mit Pflanzen und Bildschirmen.")).isNull();
    }

    @Test
    void a_question_counts_as_furniture_only_right_before_a_comment_prompt() {
        List<DetectedSuggestion> found = detect("Der Rat beschloss am Montag neue Regeln.\n"
                + "Sollte die Stadt mehr tun? Diskutieren Sie mit in den Kommentaren!\n"
                + "Bleibt die Frage: Wer zahlt?\n");
        assertThat(found).extracting(DetectedSuggestion::ordinal).containsExactly(2, 3);
        assertThat(found.getFirst().reasons()).containsExactly("reader-question");
    }

    @Test
    void a_byline_stands_near_the_title_or_at_the_end() {
        StringBuilder text = new StringBuilder("Die Bahn erhöht die Preise\nVon Anna Schmidt\nAutor: Die Redaktion\n");
        for (int i = 1; i <= 8; i++) {
            text.append("Der Konzern nannte am Montag die ").append(i).append(". Zahl.\n");
        }
        text.append("Von Risiken und Nebenwirkungen\n");
        for (int i = 1; i <= 8; i++) {
            text.append("Die Fahrgäste zahlen ab Januar ").append(i).append(" Euro mehr.\n");
        }
        assertThat(detect(text.toString())).extracting(DetectedSuggestion::ordinal).containsExactly(2, 3);
    }

    @Test
    void a_short_label_is_a_section_name_only_above_a_heading() {
        assertThat(detect("Wirtschaft\nDie Bahn erhöht die Preise\nDer Konzern teilte das am Montag mit.\n"))
                .extracting(DetectedSuggestion::ordinal).containsExactly(1);
        assertThat(detect("Wirtschaft\nDer Konzern teilte das am Montag mit.\n")).isEmpty();
        assertThat(detect("Holz statt Plastik\nWarum Spielzeug aus Holz länger hält\nEin Text.\n")).isEmpty();
    }

    private List<DetectedSuggestion> detect(String text) {
        return detector.detect(AssistText.of(text, GermanSentenceSplitter.shared().segment(text)));
    }
    /** The word count without a matcher counts the runs the pattern finds (letters and Unicode digits). */
    @Test
    void word_count_equals_the_patterns() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\d]+",
                java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        String alphabet = "aZßÄé1٣ -.,’\u0301\u00AD_!\uD835\uDC00\uD835\uDFCE";
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(25); j > 0; j--) {
                int at = random.nextInt(alphabet.length());
                if (Character.isLowSurrogate(alphabet.charAt(at))) {
                    at--;
                }
                text.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at + 1));
                }
            }
            String t = text.toString();
            org.assertj.core.api.Assertions.assertThat(NoClaimDetector.wordCount(t)).as(t)
                    .isEqualTo((int) word.matcher(t).results().count());
        }
    }
}
