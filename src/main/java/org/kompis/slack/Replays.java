package org.kompis.slack;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request captured and sent again within the 5 minutes its timestamp is valid carries the same signature: it is
 * acknowledged and has no effect. Signatures are kept in memory for 11 minutes, the longest a timestamp stays
 * valid either way plus a minute: a database write on every request cost the sandbox its responsiveness, and
 * each listener's own unique keys still stop a repeat that reaches another process.
 */
public final class Replays {
    private static final long KEEP_MS = (RequestVerifier.MAX_SKEW_SECONDS * 2 + 60) * 1000;

    private final Clock clock;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicLong lastPurge = new AtomicLong();

    public Replays(Clock clock) {
        this.clock = clock;
    }

    /** True the first time this signature is seen. */
    public boolean firstTime(String signature) {
        long now = clock.millis();
        long last = lastPurge.get();
        if (now - last > 60_000 && lastPurge.compareAndSet(last, now)) {
            seen.values().removeIf(at -> at < now - KEEP_MS);
        }
        Long before = seen.putIfAbsent(signature, now);
        return before == null || before < now - KEEP_MS && seen.replace(signature, before, now);
    }
}
