package org.kompis.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's time: the system clock plus an offset that only grows. Kompis, the emulated Slack and the request
 * signer all read it, so after a jump "24 hours later" means 24 hours after the moved now, everywhere.
 */
public final class OffsetClock extends Clock {
    private final Clock base;
    private volatile long offsetMillis;

    public OffsetClock(Clock base, long offsetMillis) {
        this.base = base;
        this.offsetMillis = Math.max(0, offsetMillis);
    }

    /** Moves now to {@code target}; never backwards, because runs already claimed must stay in the past. */
    public synchronized void advanceTo(Instant target) {
        long gap = target.toEpochMilli() - millis();
        if (gap > 0) {
            offsetMillis += gap;
        }
    }

    /** Back to the system time: only for Reset, when every run claimed at the moved times is deleted with the data. */
    synchronized void restart() {
        offsetMillis = 0;
    }

    public Duration offset() {
        return Duration.ofMillis(offsetMillis);
    }

    @Override
    public long millis() {
        return base.millis() + offsetMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
