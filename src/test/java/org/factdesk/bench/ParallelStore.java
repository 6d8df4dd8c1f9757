package org.factdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a benchmark's set-up batches (each one transaction of {@code ArticleService.store} calls, the import's own
 * path) on a few threads: the archive of 10,000 articles is built in minutes instead of half an hour, with the
 * same rows an import writes. {@code -Dbench.threads=N} (default 3: the in-memory database's writes wait on
 * each other a little, so one thread more than cores keeps both busy).
 */
final class ParallelStore implements AutoCloseable {

    private final ExecutorService executor;
    private final List<Future<?>> pending = new ArrayList<>();

    ParallelStore() {
        int threads = Integer.getInteger("bench.threads", 3);
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("bench-store-", 0).factory());
    }

    static int threads() {
        return Integer.getInteger("bench.threads", 3);
    }

    void submit(Runnable batch) {
        pending.add(executor.submit(batch));
        // Bounded queue of generated texts: wait for the oldest when many are queued.
        if (pending.size() > 4 * threads()) {
            get(pending.removeFirst());
        }
    }

    /** Waits for every submitted batch; the first failure fails the benchmark. */
    void awaitAll() {
        while (!pending.isEmpty()) {
            get(pending.removeFirst());
        }
    }

    private static void get(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A set-up batch failed", e.getCause());
        }
    }

    @Override
    public void close() {
        awaitAll();
        executor.shutdown();
    }
}
