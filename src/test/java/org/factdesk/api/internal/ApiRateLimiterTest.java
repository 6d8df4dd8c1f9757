package org.factdesk.api.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ApiRateLimiter limiter = new ApiRateLimiter(60, now::get);

    @Test
    void lets_the_limit_through_at_once_then_one_call_per_refill_interval() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire(1)).as("call %d", i + 1).isZero();
        }
        assertThat(limiter.tryAcquire(1)).isEqualTo(1);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_000));
        assertThat(limiter.tryAcquire(1)).as("one more after a second").isZero();
        assertThat(limiter.tryAcquire(1)).isEqualTo(1);
    }

    @Test
    void each_token_has_its_own_bucket_and_a_full_bucket_does_not_overflow() {
        for (int i = 0; i < 60; i++) {
            limiter.tryAcquire(1);
        }
        assertThat(limiter.tryAcquire(2)).isZero();

        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire(1)).isZero();
        }
        assertThat(limiter.tryAcquire(1)).as("at most the limit after a long pause").isPositive();
    }

    @Test
    void says_how_long_to_wait_with_a_small_limit() {
        ApiRateLimiter slow = new ApiRateLimiter(2, now::get);
        slow.tryAcquire(7);
        slow.tryAcquire(7);
        assertThat(slow.tryAcquire(7)).isEqualTo(30);
    }
}
