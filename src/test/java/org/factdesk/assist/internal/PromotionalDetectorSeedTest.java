package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13's seed check: on the demo articles the promotional suggestions are exactly the gold promotional sentences. */
class PromotionalDetectorSeedTest {

    private final PromotionalDetector detector = new PromotionalDetector();

    @ParameterizedTest
    @ValueSource(strings = {"000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt", "002_7f91695c0ff28209.txt",
            "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt"})
    void suggests_exactly_the_gold_promotional_sentences(String name) {
        String text = resource("/seed-articles/" + name);
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));

        Set<Integer> suggested = detector.detect(assistText).stream()
                .filter(suggestion -> suggestion.verdict() == SuggestedVerdict.PROMOTIONAL)
                .map(DetectedSuggestion::ordinal)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(suggested).containsExactlyElementsOf(goldPromotional(name));
    }

    private static Set<Integer> goldPromotional(String name) {
        return resource("/gold/labels.tsv").lines()
                .map(line -> line.split("\t"))
                .filter(columns -> columns.length >= 3 && columns[0].equals(name) && columns[2].equals("promotional"))
                .map(columns -> Integer.parseInt(columns[1]))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String resource(String path) {
        try (InputStream in = PromotionalDetectorSeedTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
