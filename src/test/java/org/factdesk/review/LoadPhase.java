package org.factdesk.review;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The figures of one stretch of the load benchmark (warm-up, the measured run, one ramp step).
 * Written by many threads: the browser driver, the simulated editors, Tomcat's request threads
 * (through {@link LoadProbes}); read once the stretch is over.
 */
final class LoadPhase {

    /** Where the phase that figures go to is kept: null between phases (setup), whose figures are dropped. */
    private static volatile LoadPhase current;

    static LoadPhase current() {
        return current;
    }

    static void begin(LoadPhase phase) {
        phase.startEpochMillis = System.currentTimeMillis();
        phase.startNanos = System.nanoTime();
        phase.startCpuNanos = processCpuNanos();
        current = phase;
    }

    static void end(LoadPhase phase) {
        phase.endEpochMillis = System.currentTimeMillis();
        phase.endNanos = System.nanoTime();
        phase.endCpuNanos = processCpuNanos();
        if (current == phase) {
            current = null;
        }
    }

    final String name;
    final int browsers;
    final int simulatedOwn;
    final int pairs;
    volatile long startEpochMillis;
    volatile long endEpochMillis = Long.MAX_VALUE;
    private long startNanos, endNanos, startCpuNanos, endCpuNanos;

    /** Browser: key down (the event's time stamp) to the sentence no longer pending, in the page. */
    final Latencies keyToSaved = new Latencies();
    /** Browser: key down to the page's first listener running (input queueing in the renderer). */
    final Latencies inputDelay = new Latencies();
    /** Browser, from the page's resource timings: key down to the mark's UIDL request starting. */
    final Latencies keyToRequest = new Latencies();
    final Latencies keyToSend = new Latencies();
    final Latencies keyToDispatch = new Latencies();
    /** Browser: the UIDL request started to its answer fully received (network and server). */
    final Latencies requestToAnswer = new Latencies();
    /** Browser: the answer received to the sentence no longer pending (Flow's client applying it). */
    final Latencies answerToShown = new Latencies();
    /** {@link ReviewService#mark} as the server ran it (around the transaction and security), per caller. */
    final Latencies serverAll = new Latencies();
    final Latencies serverBrowser = new Latencies();
    final Latencies serverSimulated = new Latencies();
    /** Vaadin UIDL requests of the browser sessions, in the servlet filter. */
    final Latencies uidl = new Latencies();
    /** CPU time of the request thread for those UIDL requests. */
    final Latencies uidlCpu = new Latencies();

    final LongAdder browserSaved = new LongAdder();
    final LongAdder simulatedSaved = new LongAdder();
    final LongAdder conflicts = new LongAdder();
    final LongAdder conflictsAlreadyThere = new LongAdder();
    final LongAdder conflictsRetriedAndSaved = new LongAdder();
    final LongAdder conflictsGivenUp = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder browserSkippedTurns = new LongAdder();
    private final DoubleAdder systemCpuSum = new DoubleAdder();
    private final AtomicLong systemCpuSamples = new AtomicLong();

    LoadPhase(String name, int browsers, int simulatedOwn, int pairs) {
        this.name = name;
        this.browsers = browsers;
        this.simulatedOwn = simulatedOwn;
        this.pairs = pairs;
    }

    int editors() {
        return browsers + simulatedOwn + 2 * pairs;
    }

    boolean covers(long epochMillis) {
        return epochMillis >= startEpochMillis && epochMillis < endEpochMillis;
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    /** Process CPU time over wall time: 1.0 is one core busy all the time. */
    double processCores() {
        return (endCpuNanos - startCpuNanos) / (double) Math.max(1, endNanos - startNanos);
    }

    void sampleSystemCpu(double load) {
        if (load >= 0) {
            systemCpuSum.add(load);
            systemCpuSamples.incrementAndGet();
        }
    }

    /** The whole machine's CPU use (0..1, all processes: Chromium too), averaged over the samples. */
    double systemCpu() {
        long samples = systemCpuSamples.get();
        return samples == 0 ? -1 : systemCpuSum.sum() / samples;
    }

    long saved() {
        return browserSaved.sum() + simulatedSaved.sum();
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Thread-safe latencies in nanoseconds (the review benchmark's recorder, shared). */
    static final class Latencies {
        private final ReviewConcurrencyBenchmark.Recorder recorder = new ReviewConcurrencyBenchmark.Recorder();

        synchronized void add(long nanos) {
            recorder.add(nanos);
        }

        synchronized void addMillis(double millis) {
            recorder.add(Math.round(millis * 1e6));
        }

        synchronized int size() {
            return recorder.size();
        }

        synchronized double millis(double percentile) {
            return recorder.percentile(percentile) / 1e6;
        }

        /** "n 1234, p50 3.1 ms, p95 …, p99 …, max …". */
        synchronized String summary() {
            if (recorder.size() == 0) {
                return "n 0";
            }
            return "n %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(recorder.size(),
                    millis(50), millis(95), millis(99), millis(100));
        }
    }
}
