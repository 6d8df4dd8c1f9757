package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** On the five seed articles the no-claim suggestions are exactly the gold labels' {@code not-a-claim} sentences. */
class NoClaimDetectorSeedTest {

    private static final List<String> SEEDS = List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");

    @Test
    void suggests_exactly_the_gold_not_a_claim_sentences() throws IOException {
        Map<String, Map<Integer, String>> gold = gold();
        NoClaimDetector detector = new NoClaimDetector();
        int suggested = 0;
        for (String seed : SEEDS) {
            AssistText text = seed(seed);
            List<DetectedSuggestion> suggestions = detector.detect(text);
            Map<Integer, String> expected = gold.getOrDefault(seed, Map.of());
            assertThat(new TreeSet<>(suggestions.stream().map(DetectedSuggestion::ordinal).toList()))
                    .as(seed).isEqualTo(new TreeSet<>(expected.keySet()));
            for (DetectedSuggestion suggestion : suggestions) {
                assertThat(suggestion.verdict()).isEqualTo(SuggestedVerdict.NO_CLAIM);
                assertThat(text.sentences().get(suggestion.ordinal() - 1).text())
                        .as("gold text of %s %d", seed, suggestion.ordinal()).isEqualTo(expected.get(suggestion.ordinal()));
            }
            suggested += suggestions.size();
        }
        assertThat(suggested).isEqualTo(6);
    }

    @Test
    void names_the_reason_of_each_piece_of_furniture() {
        AssistText text = seed("002_7f91695c0ff28209.txt");
        Map<Integer, List<String>> reasons = new TreeMap<>();
        new NoClaimDetector().detect(text).forEach(s -> reasons.put(s.ordinal(), s.reasons()));
        assertThat(reasons).containsEntry(1, List.of("section-label"))
                .containsEntry(3, List.of("image-description"))
                .containsEntry(64, List.of("comment-prompt"))
                .containsEntry(65, List.of("reader-question"))
                .containsEntry(66, List.of("comment-prompt"))
                .containsEntry(67, List.of("comment-prompt"));
    }

    static AssistText seed(String file) {
        try (InputStream in = NoClaimDetectorSeedTest.class.getResourceAsStream("/seed-articles/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Map<Integer, String>> gold() throws IOException {
        Map<String, Map<Integer, String>> gold = new TreeMap<>();
        try (InputStream in = NoClaimDetectorSeedTest.class.getResourceAsStream("/gold/labels.tsv")) {
            List<String> lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", 4);
                if (cells.length == 4 && cells[2].equals("not-a-claim")) {
                    gold.computeIfAbsent(cells[0], file -> new TreeMap<>()).put(Integer.parseInt(cells[1]), cells[3]);
                }
            }
        }
        return gold;
    }
}
