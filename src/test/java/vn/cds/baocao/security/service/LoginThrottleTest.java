package vn.cds.baocao.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-address login throttle on its own, with a clock the test moves (issue 9, item 1). */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(10),
            Duration.ofMinutes(15), now::get);

    @Test
    void anAddressIsRefusedAfterTheLimitUntilTheBlockRunsOut() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("203.0.113.5");
        }
        assertThat(throttle.isBlocked("203.0.113.5")).isFalse();
        throttle.recordFailure("203.0.113.5");
        assertThat(throttle.isBlocked("203.0.113.5")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.6")).as("another address").isFalse();

        advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isBlocked("203.0.113.5")).isTrue();
        advance(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("203.0.113.5")).isFalse();
        throttle.recordFailure("203.0.113.5");
        assertThat(throttle.isBlocked("203.0.113.5")).as("a new window after the block").isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("198.51.100.1");
        }
        advance(Duration.ofMinutes(11));
        throttle.recordFailure("198.51.100.1");
        assertThat(throttle.isBlocked("198.51.100.1")).isFalse();
    }

    @Test
    void oneIpv6NetworkCountsAsOneAddress() {
        for (int i = 1; i <= 5; i++) {
            throttle.recordFailure("2001:db8:1:2::" + Integer.toHexString(i * 4099));
        }
        assertThat(throttle.isBlocked("2001:db8:1:2:ffff::1")).isTrue();
        assertThat(throttle.isBlocked("2001:db8:1:3::1")).isFalse();
        assertThat(LoginThrottle.key("2001:0db8:0001:0002:0000:0000:0000:0001")).isEqualTo("20010db800010002::/64");
        assertThat(LoginThrottle.key("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void clearForgetsEveryAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("192.0.2.9");
        }
        throttle.clear();
        assertThat(throttle.isBlocked("192.0.2.9")).isFalse();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
