package org.factdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Wall-clock and CPU time (of the calling thread, which also runs the in-memory database's work) of a
 * benchmark's look-ups: per look-up and per article (all its sentences), p50 and p95. On a machine shared
 * with other work the wall-clock time stretches with the load; the CPU time does not, so both are printed,
 * with the load average.
 */
final class LookUpTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final double[] wallPerLookUp;
    final double[] cpuPerLookUp;
    final double[] wallPerArticle;
    final double[] cpuPerArticle;

    private LookUpTimes(int runs, int lookUps) {
        wallPerLookUp = new double[runs * lookUps];
        cpuPerLookUp = new double[runs * lookUps];
        wallPerArticle = new double[runs];
        cpuPerArticle = new double[runs];
    }

    /** Runs {@code lookUp} for each of {@code ids}, {@code warmUp + runs} times, timing the last {@code runs}. */
    static LookUpTimes measure(long[] ids, int warmUp, int runs, LongConsumer lookUp) {
        LookUpTimes times = new LookUpTimes(runs, ids.length);
        for (int run = -warmUp; run < runs; run++) {
            long articleWall = System.nanoTime();
            long articleCpu = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < ids.length; i++) {
                long wall = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                lookUp.accept(ids[i]);
                if (run >= 0) {
                    times.wallPerLookUp[run * ids.length + i] = (System.nanoTime() - wall) / 1e6;
                    times.cpuPerLookUp[run * ids.length + i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                }
            }
            if (run >= 0) {
                times.wallPerArticle[run] = (System.nanoTime() - articleWall) / 1e6;
                times.cpuPerArticle[run] = (THREADS.getCurrentThreadCpuTime() - articleCpu) / 1e6;
            }
        }
        return times;
    }

    double articleCpuP50() {
        return BenchSupport.percentile(cpuPerArticle, 50);
    }

    double articleWallP50() {
        return BenchSupport.percentile(wallPerArticle, 50);
    }

    /** One line: the whole article and one look-up, wall and CPU, p50 / p95. */
    String summary() {
        return String.format(Locale.ROOT, "article (%d look-ups) wall p50 %.1f / p95 %.1f ms, CPU p50 %.1f / p95 %.1f ms;"
                        + " one look-up wall p50 %.2f / p95 %.2f ms, CPU p50 %.2f / p95 %.2f ms",
                cpuPerLookUp.length / cpuPerArticle.length,
                BenchSupport.percentile(wallPerArticle, 50), BenchSupport.percentile(wallPerArticle, 95),
                BenchSupport.percentile(cpuPerArticle, 50), BenchSupport.percentile(cpuPerArticle, 95),
                BenchSupport.percentile(wallPerLookUp, 50), BenchSupport.percentile(wallPerLookUp, 95),
                BenchSupport.percentile(cpuPerLookUp, 50), BenchSupport.percentile(cpuPerLookUp, 95));
    }

    static String load() {
        return String.format(Locale.ROOT, "load average %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String toString() {
        return summary() + " (" + Arrays.stream(cpuPerArticle).count() + " runs)";
    }
}
