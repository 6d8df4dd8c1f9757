package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned half of the promotional detector (ADR 41): its file, how it joins the cues, its reasons. */
class PromotionalModelTest {

    private static final String NEWS = "Die Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen. "
            + "Der Kämmerer rechnet mit Einnahmen von 1,2 Milliarden Euro. Die Opposition stimmte dagegen.\n";

    @Test
    void the_shipped_model_names_only_known_features_and_has_a_threshold() {
        PromotionalModel model = PromotionalModel.shared();
        assertThat(model.threshold()).isBetween(0.5, 1.0);
        // An unknown name fails loudly rather than shifting weights (a feature renamed without a new fit).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PromotionalModel.parse("bias\t0\nthreshold\t0.5\nNOPE\t1\n"))
                .hasMessageContaining("NOPE");
    }

    @Test
    void every_reason_the_model_can_give_has_an_english_and_a_german_text() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < PromotionalFeatures.SIZE; i++) {
            String code = PromotionalFeatures.reasonOf(i);
            if (code != null) {
                codes.add(code);
            }
        }
        assertThat(codes).contains("shop-vocabulary", "sales-wording", "page-tail", "beside-ad", "boxed-layout");
        for (String bundle : List.of("translations.properties", "translations_en.properties", "translations_de.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(codes).allSatisfy(code -> assertThat(texts.getProperty("assist.reason." + code))
                    .as(bundle + " assist.reason." + code).isNotBlank());
        }
    }

    @Test
    void the_model_only_adds_to_the_cues_and_names_its_strongest_feature() {
        // A model that knows one thing: shop words make a sentence promotional.
        double[] weights = new double[PromotionalFeatures.SIZE];
        weights[PromotionalFeatures.Feature.SHOP_WORDS.ordinal()] = 12;
        PromotionalModel shopWords = new PromotionalModel(-5, 0.9, weights);
        String text = NEWS + "Im Onlineshop gibt es das Sonderangebot mit Rabatt und Gutschein.\n" + NEWS
                + "Anzeige\nJetzt 4 Wochen kostenlos testen!\n";
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        PromotionalDetector detector = new PromotionalDetector();
        PromotionalDetector.Analysis analysis = detector.analyse(assistText);

        Map<Integer, List<String>> byCues = reasons(analysis.byCues());
        Map<Integer, List<String>> combined = reasons(PromotionalDetector.withModel(assistText, analysis, shopWords));

        assertThat(byCues).isNotEmpty().doesNotContainKey(4);
        assertThat(combined).containsAllEntriesOf(byCues); // the cues' suggestions stay, reasons and all
        assertThat(combined).containsEntry(4, List.of("shop-vocabulary"));
        assertThat(combined.keySet()).hasSize(byCues.size() + 1); // the news around it stays unflagged
    }

    @Test
    void a_model_that_is_never_sure_changes_nothing() {
        PromotionalModel never = new PromotionalModel(-50, 0.95, new double[PromotionalFeatures.SIZE]);
        String text = NEWS + "Anzeige\nJetzt 4 Wochen kostenlos testen!\n" + NEWS;
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        PromotionalDetector.Analysis analysis = new PromotionalDetector().analyse(assistText);

        assertThat(PromotionalDetector.withModel(assistText, analysis, never)).isEqualTo(analysis.byCues());
    }

    @Test
    void features_grow_with_the_text_only() {
        // one vector per sentence, each of a size bounded by its words (no look-ups across the article)
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(NEWS);
        }
        AssistText assistText = AssistText.of(text.toString(), GermanSentenceSplitter.shared().segment(text.toString()));
        PromotionalDetector.Analysis analysis = new PromotionalDetector().analyse(assistText);
        List<PromotionalFeatures.Vector> vectors = PromotionalFeatures.of(assistText, analysis.cues(),
                analysis.flagged(assistText), analysis.lastProse());
        assertThat(vectors).hasSize(assistText.sentenceCount());
        assertThat(vectors).allSatisfy(v -> assertThat(v.indices().length).isLessThan(80));
    }

    private static Map<Integer, List<String>> reasons(List<DetectedSuggestion> suggestions) {
        return suggestions.stream().collect(Collectors.toMap(DetectedSuggestion::ordinal, DetectedSuggestion::reasons));
    }
}
