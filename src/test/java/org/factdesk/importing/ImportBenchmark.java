package org.factdesk.importing;

import org.factdesk.IntegrationTest;
import org.factdesk.assist.AssistService;
import org.factdesk.bench.BenchSupport;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prints how long imports take end to end through the service (read, decode, split, store in one
 * transaction each): a 5,000-sentence plain text, and a ZIP upload of 100 articles. Figures only;
 * nothing is asserted about time. Run: ./mvnw -Pbench verify -Dit.test=ImportBenchmark
 */
@IntegrationTest
class ImportBenchmark {

    static final int RUNS = 7;

    @Autowired
    ImportService importService;

    @Autowired
    AssistService assist;

    @Test
    void a_5000_sentence_plain_text_to_stored_and_split() {
        double[] totalMs = new double[RUNS + 1];
        double[] splitMs = new double[RUNS + 1];
        double[] cpuMs = new double[RUNS + 1];
        double[] indexedMs = new double[RUNS + 1];
        // CPU time of the importing thread beside the wall time: on a shared machine the wall time
        // mostly measures the other processes (the import runs in this thread, H2 included).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int run = 0; run <= RUNS; run++) {
            String text = "Benchmark-Artikel " + System.nanoTime() + " mit 5000 Sätzen\n" + BenchSupport.generatedArticle(5_000);
            byte[] file = text.getBytes(StandardCharsets.UTF_8);
            bytes = file.length;
            long start = System.nanoTime();
            GermanSentenceSplitter.shared().segment(text);
            splitMs[run] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<ImportResult> results = SystemAuthentication.runAsSystem(
                    () -> importService.importFiles("bench-5000.txt", "text/plain", file, ImportOptions.NONE));
            totalMs[run] = (System.nanoTime() - start) / 1e6;
            cpuMs[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            // The look-up indexes are built after the commit, in the background: how much later they are ready
            // (also so that the next run does not share the CPU with this one's indexing).
            assist.awaitLookUpIndexing(Duration.ofMinutes(2));
            indexedMs[run] = (System.nanoTime() - start) / 1e6;
            if (results.getFirst().outcome() != ImportResult.Outcome.IMPORTED) {
                throw new IllegalStateException("not imported: " + results);
            }
        }
        System.out.printf("%nImport of a 5,000-sentence plain text (%.0f KB), %d runs after 1 warm-up:%n", bytes / 1024.0, RUNS);
        print("  file → stored and split (whole import)", totalMs);
        print("  CPU time of the importing thread", cpuMs);
        print("  file → also in the look-up indexes (built after the commit)", indexedMs);
        print("  of which one split alone", splitMs);
    }

    @Test
    void a_zip_upload_of_100_articles() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (int i = 0; i < 100; i++) {
                out.putNextEntry(new ZipEntry("ordner-" + i / 25 + "/artikel-" + i + ".txt"));
                out.write(("Artikel " + i + " vom " + System.nanoTime() + "\n" + BenchSupport.generatedArticle(60 + i))
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] upload = zip.toByteArray();
        long start = System.nanoTime();
        List<ImportResult> results = SystemAuthentication.runAsSystem(
                () -> importService.importFiles("hundert.zip", "application/zip", upload, ImportOptions.NONE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assist.awaitLookUpIndexing(Duration.ofMinutes(2));
        double indexedSeconds = (System.nanoTime() - start) / 1e9;
        long imported = results.stream().filter(result -> result.outcome() == ImportResult.Outcome.IMPORTED).count();
        System.out.printf("%nZIP upload of 100 articles (%.0f KB zipped): %d imported in %.2f s (%.1f articles/s)%n",
                upload.length / 1024.0, imported, seconds, imported / seconds);
        System.out.printf("  and all in the look-up indexes (built after each commit) after %.2f s%n", indexedSeconds);
        if (imported != 100) {
            throw new IllegalStateException("expected 100 imported, got " + results);
        }
    }

    private static void print(String label, double[] runs) {
        double[] measured = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(measured);
        System.out.printf("%s: median %.0f ms, min %.0f ms, max %.0f ms%n", label, measured[measured.length / 2],
                measured[0], measured[measured.length - 1]);
    }
}
