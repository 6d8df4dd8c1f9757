package org.factdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How sign-in guessing is slowed down ({@code factdesk.sign-in.*}, see docs/adr/0008): after
 * {@code maxFailures} wrong passwords for one username, or from one client address, within {@code window},
 * further attempts are refused for {@code lockDuration} from the failure that reached the limit.
 * {@code maxTracked} bounds the usernames and the addresses kept in memory (each).
 */
@ConfigurationProperties("factdesk.sign-in")
public record SignInThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                                     @DefaultValue("15m") Duration lockDuration,
                                     @DefaultValue("10000") int maxTracked) {

    public SignInThrottleSettings {
        if (maxFailures < 1 || maxTracked < 1 || window.isNegative() || window.isZero()
                || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("factdesk.sign-in: max-failures and max-tracked must be at least 1, "
                    + "window and lock-duration positive");
        }
    }
}
