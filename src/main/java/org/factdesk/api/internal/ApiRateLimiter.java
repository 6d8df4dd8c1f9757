package org.factdesk.api.internal;

import org.factdesk.api.ApiSettings;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token: {@code factdesk.api.rate-limit} calls at once, refilled evenly over a minute.
 * Kept in this node's memory on purpose (ADR 0039): with n nodes a token may make up to n times the limit,
 * which protects each node all the same and needs no shared state.
 */
@Component
public class ApiRateLimiter {

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    ApiRateLimiter(ApiSettings settings) {
        this(settings.rateLimit(), System::nanoTime);
    }

    ApiRateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one call from the token's bucket: 0 if allowed, else the whole seconds to wait before the next. */
    public long tryAcquire(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute, nanoTime.getAsLong()))
                .take(perMinute, nanoTime.getAsLong());
    }

    private static final class Bucket {

        private double available;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.available = capacity;
            this.refilledAt = now;
        }

        synchronized long take(int capacity, long now) {
            double perNano = capacity / (double) MINUTE_NANOS;
            available = Math.min(capacity, available + (now - refilledAt) * perNano);
            refilledAt = now;
            if (available >= 1) {
                available -= 1;
                return 0;
            }
            double waitNanos = (1 - available) / perNano;
            return Math.max(1, (long) Math.ceil(waitNanos / 1_000_000_000d));
        }
    }
}
