package org.factdesk.common.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a task once for any number of requests that arrive before it has started. The flag is cleared as the
 * task starts, so a request that comes while it runs (it may have read the state too early) schedules it again.
 */
final class CoalescedRun {

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable task;

    CoalescedRun(Runnable task) {
        this.task = Objects.requireNonNull(task);
    }

    /** Hands the task to {@code scheduler} (e.g. {@code ui::access}) unless it is handed over and not started yet. */
    void request(Consumer<Runnable> scheduler) {
        if (scheduled.compareAndSet(false, true)) {
            scheduler.accept(() -> {
                scheduled.set(false);
                task.run();
            });
        }
    }
}
