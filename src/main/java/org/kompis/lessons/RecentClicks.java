package org.kompis.lessons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A double click on "Share in channel" posts once: the first click on a key wins for a short while. In memory is
 * enough, since one Kompis process owns the database; a share a minute later is a new decision and posts again.
 */
final class RecentClicks {
    private final long windowMillis;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    RecentClicks(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** True for the first click on {@code key} within the window. */
    boolean first(String key, long now) {
        seen.values().removeIf(at -> at < now - windowMillis);
        return seen.putIfAbsent(key, now) == null;
    }
}
