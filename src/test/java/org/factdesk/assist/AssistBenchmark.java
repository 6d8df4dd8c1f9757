package org.factdesk.assist;

import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time of the text-only assistance (every detector and the check-worthiness) for a 5,000-sentence
 * article made of the seed articles repeated. Prints figures; target < 300 ms (issue 13).
 */
class AssistBenchmark {

    private static final List<String> SEEDS = List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");
    private static final int SENTENCES = 5_000;

    @Test
    void assesses_a_5000_sentence_article() throws IOException {
        StringBuilder seeds = new StringBuilder();
        for (String seed : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/seed-articles/" + seed)) {
                seeds.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        GermanSentenceSplitter splitter = GermanSentenceSplitter.shared();
        int perRound = AssistText.of(seeds.toString(), splitter.segment(seeds.toString())).sentenceCount();
        String text = seeds.toString().repeat(SENTENCES / perRound + 1);
        AssistText article = AssistText.of(text, splitter.segment(text));
        assertThat(article.sentenceCount()).isGreaterThanOrEqualTo(SENTENCES);

        long loadStart = System.nanoTime();
        AssistEngine engine = AssistEngine.onClasspath();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        for (int i = 0; i < 5; i++) {
            engine.assess(article);
        }
        double[] millis = new double[15];
        List<SentenceAssessment> result = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            result = engine.assess(article);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        long suggested = result.stream().filter(a -> a.suggestion() != null).count();
        long worthy = result.stream().filter(SentenceAssessment::checkWorthy).count();
        System.out.printf("AssistBenchmark: detectors %s loaded in %.0f ms; %d sentences: median %.1f ms, max %.1f ms"
                        + " (target < 300 ms); %d suggestions, %d check-worthy%n",
                engine.detectorNames(), loadMillis, article.sentenceCount(), millis[millis.length / 2],
                millis[millis.length - 1], suggested, worthy);
        assertThat(result).hasSize(article.sentenceCount());
    }
}
