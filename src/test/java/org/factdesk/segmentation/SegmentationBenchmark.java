package org.factdesk.segmentation;

import org.factdesk.bench.BenchSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of {@link GermanSentenceSplitter} on the seed articles repeated to at least 20 MB.
 * Prints its figures and asserts nothing about time; run it with
 * {@code ./mvnw -Pbench verify -Dit.test=SegmentationBenchmark}.
 */
class SegmentationBenchmark {

    private static final List<String> SEEDS = List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");
    private static final long MIN_BYTES = 20L * 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 3;

    @Test
    void segments_the_seed_articles_repeated_to_20_mb() throws IOException {
        String seeds = String.join("\n", readSeeds());
        long seedBytes = seeds.getBytes(StandardCharsets.UTF_8).length;
        String corpus = (seeds + "\n").repeat((int) (MIN_BYTES / seedBytes) + 1);
        double megabytes = corpus.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);

        long loadStart = System.nanoTime();
        GermanSentenceSplitter splitter = new GermanSentenceSplitter();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            splitter.split(corpus);
        }
        double bestSeconds = Double.MAX_VALUE;
        int sentences = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            sentences = splitter.split(corpus).size();
            bestSeconds = Math.min(bestSeconds, (System.nanoTime() - start) / 1e9);
        }

        System.out.printf("SegmentationBenchmark: rules loaded in %.0f ms; %.1f MB, %d sentences;"
                        + " best of %d rounds after %d warm-up rounds: %.2f s = %.2f MB/s%n",
                loadMillis, megabytes, sentences, MEASURED_ROUNDS, WARM_UP_ROUNDS, bestSeconds, megabytes / bestSeconds);
        assertThat(sentences).isPositive();

        // The 5,000-sentence article of the import and reader benchmarks, split on its own (warm).
        String article = BenchSupport.generatedArticle(5_000);
        double articleMillis = Double.MAX_VALUE;
        int articleSentences = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            articleSentences = splitter.split(article).size();
            articleMillis = Math.min(articleMillis, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("SegmentationBenchmark: 5,000-sentence article (%.2f MB, %d sentences): %.0f ms%n",
                article.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0), articleSentences, articleMillis);
        assertThat(articleSentences).isGreaterThanOrEqualTo(4_950);

        // The same sentences in one paragraph: no work may grow with the length of a line (before the
        // fast path a lookahead ending in .* scanned to the line's end at many breaks: 15 s).
        String oneLine = article.replace('\n', ' ');
        double oneLineMillis = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            splitter.split(oneLine);
            oneLineMillis = Math.min(oneLineMillis, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("SegmentationBenchmark: the same article as one paragraph: %.0f ms%n", oneLineMillis);
    }

    private static List<String> readSeeds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : SEEDS) {
            try (InputStream in = SegmentationBenchmark.class.getResourceAsStream("/seed-articles/" + name)) {
                assertThat(in).as(name).isNotNull();
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
