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
        assertThat(NoClaimDetector.reason("Von Anna Schmidt")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("Autor: Die Redaktion")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("31.10.2023, 14:05 Uhr")).isEqualTo("byline");
        assertThat(NoClaimDetector.reason("(dpa)")).isEqualTo("byline");
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
    void a_short_label_is_a_section_name_only_above_a_heading() {
        assertThat(detect("Wirtschaft\nDie Bahn erhöht die Preise\nDer Konzern teilte das am Montag mit.\n"))
                .extracting(DetectedSuggestion::ordinal).containsExactly(1);
        assertThat(detect("Wirtschaft\nDer Konzern teilte das am Montag mit.\n")).isEmpty();
    }

    private List<DetectedSuggestion> detect(String text) {
        return detector.detect(AssistText.of(text, GermanSentenceSplitter.shared().segment(text)));
    }
}
