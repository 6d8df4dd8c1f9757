package org.factdesk.assist;

import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the five seeds, what the engine prints for the gold labels' sentences (src/test/resources/gold/labels.tsv):
 * each promotional sentence is suggested as promotional and each not-a-claim sentence as no claim, and both keep
 * a check-worthiness of at most 0.2 however many claim cues the scorer finds in them (a refit of the scorer must
 * not let an ad or page furniture rise in "check-worthy first").
 */
class AssistEngineSeedCapsTest {

    @Test
    void suggested_sentences_of_the_seeds_stay_capped_and_below_the_threshold() throws IOException {
        AssistEngine engine = AssistEngine.onClasspath();
        Map<String, Map<Integer, String>> gold = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/gold/labels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (cells.length >= 3 && !cells[0].equals("file")) {
                    gold.computeIfAbsent(cells[0], f -> new TreeMap<>()).put(Integer.parseInt(cells[1]), cells[2]);
                }
            }
        }
        assertThat(gold).isNotEmpty();
        List<String> scorerAloneHigh = new ArrayList<>();
        CheckWorthinessScorer scorer = ComponentsScorer.only();
        for (var seed : gold.entrySet()) {
            String text;
            try (InputStream in = getClass().getResourceAsStream("/seed-articles/" + seed.getKey())) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            AssistText article = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
            Map<Integer, Double> alone = new TreeMap<>();
            scorer.score(article).forEach(s -> alone.put(s.ordinal(), s.score()));
            for (SentenceAssessment assessed : engine.assess(article)) {
                String label = seed.getValue().get(assessed.ordinal());
                if (label == null) {
                    continue;
                }
                SuggestedVerdict expected = label.equals("promotional") ? SuggestedVerdict.PROMOTIONAL
                        : SuggestedVerdict.NO_CLAIM;
                String where = seed.getKey() + " " + assessed.ordinal();
                assertThat(assessed.suggestion()).as(where).isEqualTo(expected);
                assertThat(assessed.checkworthiness()).as(where).isLessThanOrEqualTo(AssistEngine.SUGGESTED_CAP);
                assertThat(assessed.checkWorthy()).as(where).isFalse();
                if (alone.get(assessed.ordinal()) >= CheckWorthinessScorer.THRESHOLD) {
                    scorerAloneHigh.add(where);
                }
            }
        }
        // the cap is what keeps them low: some of them the scorer alone finds check-worthy
        assertThat(scorerAloneHigh).isNotEmpty();
    }

    /** The one scorer on the classpath, as the engine finds it. */
    private static final class ComponentsScorer {
        static CheckWorthinessScorer only() {
            List<CheckWorthinessScorer> scorers = org.factdesk.common.ComponentsOnClasspath.instantiate(
                    CheckWorthinessScorer.class, AssistEngine.class.getPackageName());
            assertThat(scorers).hasSize(1);
            return scorers.getFirst();
        }
    }
}
