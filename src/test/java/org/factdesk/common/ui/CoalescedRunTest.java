package org.factdesk.common.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescedRunTest {

    private final List<Runnable> queue = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void requests_before_the_task_starts_run_it_once() {
        CoalescedRun reload = new CoalescedRun(runs::incrementAndGet);

        for (int i = 0; i < 100; i++) {
            reload.request(queue::add);
        }
        assertThat(queue).hasSize(1);
        queue.removeFirst().run();

        assertThat(runs).hasValue(1);
    }

    @Test
    void a_request_after_the_task_started_runs_it_again() {
        CoalescedRun[] reload = {null};
        // The task itself asks again, as an event arriving while it reads would: it must run once more.
        reload[0] = new CoalescedRun(() -> {
            if (runs.incrementAndGet() == 1) {
                reload[0].request(queue::add);
            }
        });

        reload[0].request(queue::add);
        queue.removeFirst().run();
        assertThat(queue).hasSize(1);
        queue.removeFirst().run();

        assertThat(runs).hasValue(2);
        reload[0].request(queue::add);
        assertThat(queue).hasSize(1);
    }
}
