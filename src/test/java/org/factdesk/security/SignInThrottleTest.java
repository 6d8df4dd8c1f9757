package org.factdesk.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's memory stays bounded, and what it writes into the log stays one harmless line. */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

    private SignInThrottle throttle(int maxTracked) {
        return new SignInThrottle(new SignInThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                maxTracked), clock);
    }

    @Test
    void a_flood_of_usernames_and_addresses_keeps_at_most_the_cap_of_each() {
        SignInThrottle throttle = throttle(100);
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("guess-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(200);
    }

    @Test
    void expired_entries_are_dropped_once_a_window_has_passed() {
        SignInThrottle throttle = throttle(10_000);
        for (int i = 0; i < 50; i++) {
            throttle.failed("guess-" + i, "10.0.0." + i);
        }
        assertThat(throttle.trackedKeys()).isEqualTo(100);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("late", "10.0.1.1");
        assertThat(throttle.trackedKeys()).isEqualTo(2);
    }

    @Test
    void a_full_table_gives_up_counts_before_locks() {
        SignInThrottle throttle = throttle(2);
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim", "10.0.0.1");
        }
        for (int i = 0; i < 50; i++) {
            throttle.failed("flood-" + i, "10.0.1." + i);
        }
        assertThatThrownBy(() -> throttle.check("victim", "10.0.0.9")).as("the lock outlived the flood")
                .isInstanceOf(SignInLockedException.class);
        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(4);
    }

    @Test
    void ipv6_clients_count_by_their_64_network_ipv4_by_their_address() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.addressKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(SignInThrottle.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.addressKey("proxy.example.org")).as("no lookup").isEqualTo("proxy.example.org");

        SignInThrottle throttle = throttle(100);
        for (int i = 1; i <= 5; i++) {
            throttle.failed("guess-" + i, "2001:db8:1:2::" + Integer.toHexString(i));
        }
        assertThatThrownBy(() -> throttle.check("someone", "2001:db8:1:2:ffff::9"))
                .isInstanceOf(SignInLockedException.class);
        throttle.check("someone", "2001:db8:1:3::1");
    }

    @Test
    void log_text_has_no_control_characters_and_is_cut() {
        assertThat(SignInThrottle.printable("a\r\nb\tc\u2028d\u0000e")).isEqualTo("abcde");
        assertThat(SignInThrottle.printable("x".repeat(500))).hasSize(65).endsWith("…");
        assertThat(SignInThrottle.printable(null)).isEqualTo("-");
    }
}
