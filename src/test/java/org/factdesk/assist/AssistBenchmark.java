package org.factdesk.assist;

import org.factdesk.common.ComponentsOnClasspath;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time of the text-only assistance (every detector and the check-worthiness) for a 5,000-sentence
 * article made of the seed articles repeated. Prints figures; target < 300 ms (issue 13). Each round is
 * timed by the wall clock and by the thread's CPU time: the machine is shared, so the wall clock also
 * counts the time other processes had the core, and the CPU time is the figure to compare. Then each
 * detector and the scorer alone (median CPU and wall), so the figures say where the time goes.
 */
class AssistBenchmark {

    private static final List<String> SEEDS = List.of("000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt");
    private static final int SENTENCES = 5_000;
    /** Enough rounds for the JIT to settle (with 5 the first measured rounds still ran partly interpreted code). */
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 15;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        assertThat(THREADS.isCurrentThreadCpuTimeSupported()).as("thread CPU time").isTrue();

        long loadStart = System.nanoTime();
        AssistEngine engine = AssistEngine.onClasspath();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            engine.assess(article);
        }
        AtomicReference<List<SentenceAssessment>> result = new AtomicReference<>();
        Timings whole = time(() -> result.set(engine.assess(article)));
        long suggested = result.get().stream().filter(a -> a.suggestion() != null).count();
        long worthy = result.get().stream().filter(SentenceAssessment::checkWorthy).count();
        System.out.printf("AssistBenchmark: detectors %s loaded in %.0f ms; %d sentences (target < 300 ms):%n"
                        + "  whole   CPU median %.1f ms, max %.1f ms; wall median %.1f ms, max %.1f ms"
                        + " (CPU is the figure to compare: the machine is shared, wall time includes waiting for a core)"
                        + "; %d suggestions, %d check-worthy%n",
                engine.detectorNames(), loadMillis, article.sentenceCount(), whole.cpuMedian(), whole.cpuMax(),
                whole.wallMedian(), whole.wallMax(), suggested, worthy);

        // The parts alone, made as the engine makes them (the same classes, a fresh instance each).
        String base = AssistEngine.class.getPackageName();
        Map<String, Supplier<?>> parts = new LinkedHashMap<>();
        for (SuggestionDetector detector : ComponentsOnClasspath.instantiate(SuggestionDetector.class, base)) {
            parts.put(detector.name(), () -> detector.detect(article));
        }
        CheckWorthinessScorer scorer = ComponentsOnClasspath.instantiate(CheckWorthinessScorer.class, base).getFirst();
        parts.put("check-worthiness", () -> scorer.score(article));
        double sum = 0;
        for (Map.Entry<String, Supplier<?>> part : parts.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                part.getValue().get();
            }
            Timings timings = time(() -> part.getValue().get());
            sum += timings.cpuMedian();
            System.out.printf("  %-16s CPU median %6.1f ms (%4.1f %%), max %6.1f ms; wall median %6.1f ms%n",
                    part.getKey(), timings.cpuMedian(), 100 * timings.cpuMedian() / whole.cpuMedian(), timings.cpuMax(),
                    timings.wallMedian());
        }
        System.out.printf("  parts together   CPU %.1f ms; the rest (the engine combining them, and noise) %.1f ms%n", sum, whole.cpuMedian() - sum);
        assertThat(result.get()).hasSize(article.sentenceCount());
    }

    /** Median and max of {@link #ROUNDS} rounds, wall clock and this thread's CPU time, in milliseconds. */
    private record Timings(double cpuMedian, double cpuMax, double wallMedian, double wallMax) {
    }

    private static Timings time(Runnable round) {
        double[] cpu = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            round.run();
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new Timings(cpu[ROUNDS / 2], cpu[ROUNDS - 1], wall[ROUNDS / 2], wall[ROUNDS - 1]);
    }
}
