package vn.cds.baocao.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests can set and move; starts at {@link #DEFAULT_NOW} in the province's time zone. */
public class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 11, 24, 9, 0);

    private volatile Instant now = DEFAULT_NOW.atZone(ZONE).toInstant();

    public void set(LocalDateTime localNow) {
        now = localNow.atZone(ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        set(DEFAULT_NOW);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
