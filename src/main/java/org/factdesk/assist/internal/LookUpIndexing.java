package org.factdesk.assist.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds the look-up indexes (claim keys, figures) of imported articles after their import has committed, one
 * article after the other on one background thread (ADR 0020): an editor waits for the article, not for the
 * indexes that other articles' look-ups read. The look-ups on this node wait for the queue first (bounded), so
 * what was imported here is found at once; an index lost to a crash is built by the start-up pass.
 */
@Component
public class LookUpIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LookUpIndexing.class);
    /** A look-up waits at most this long for queued indexing, then answers from what is indexed. */
    static final Duration LOOK_UP_WAIT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("factdesk-look-up-indexing").daemon(true).factory());
    private volatile Future<?> last = CompletableFuture.completedFuture(null);

    /** Queues one article's indexing; a failure is logged (the start-up pass tries again). */
    synchronized Future<?> submit(String article, Runnable indexing) {
        last = executor.submit(() -> {
            try {
                indexing.run();
            } catch (RuntimeException e) {
                log.error("Could not index {} for look-ups; the next start indexes it", article, e);
            }
        });
        return last;
    }

    /**
     * Indexes now, on the queue's thread behind what is queued (the start-up pass): one thread writes the
     * indexes, so an article imported meanwhile is never indexed twice.
     */
    void indexNow(String article, Runnable indexing) {
        try {
            submit(article, indexing).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until everything queued so far is indexed, at most {@code max}. */
    public void awaitQueued(Duration max) {
        Future<?> pending = last;
        try {
            pending.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.debug("Look-up indexing still busy after {}; answering from the index as it is", max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Never: submit() catches what the indexing throws.
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets queued indexing finish (a CLI import ends right after its commit), bounded. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("Look-up indexing did not finish within {}; the next start indexes the rest", SHUTDOWN_WAIT);
            executor.shutdownNow();
        }
    }
}
