package org.factdesk.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Shared pieces of the benchmarks: generated articles, heap probes, percentiles. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** Used heap after full GCs: the live set, as well as a running JVM can tell. */
    public static long liveHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Realistic German article text of exactly that many sentences: a heading every 100, 5 a paragraph. */
    public static String generatedArticle(int sentences) {
        String[] templates = {
                "Im %d. Quartal stieg der Umsatz des Konzerns um %d,%d Prozent auf rund %d Milliarden Euro.",
                "Der Vorstand kündigte an, bis %d insgesamt %d neue Stellen in Europa zu schaffen.",
                "Analysten von Bank %d sehen darin „ein klares Signal“ für die Strategie des Unternehmens.",
                "Laut Tab. %d des Berichts sank die Zahl der Beschwerden im Vergleich zum Vorjahr deutlich.",
                "Kritiker bemängeln hingegen, dass die Investitionen von %d Mio. Euro kaum Wirkung zeigten?"};
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        for (int i = 0; i < sentences; i++) {
            if (i % 100 == 0) {
                text.append(inParagraph > 0 ? "\n" : "").append("Abschnitt ").append(i / 100 + 1)
                        .append(" im Überblick\n");
                inParagraph = 0;
                continue;
            }
            if (inParagraph == 5) {
                text.append('\n');
                inParagraph = 0;
            }
            text.append(inParagraph > 0 ? " " : "")
                    .append(String.format(templates[i % templates.length], 1 + i % 4, i, i % 10, 10 + i % 90));
            inParagraph++;
        }
        return text.append('\n').toString();
    }

    /** The p-th percentile (0..100) of the values, nearest rank. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
