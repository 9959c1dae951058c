package org.kompis.delivery;

import java.time.Duration;

/**
 * A workspace's posting rate: the pump takes a slot for each row before claiming it, so a claimed row goes to Slack
 * at once and a slow or paused workspace holds no claims that others' posts wait behind.
 */
interface Rate {
    /** 0 when a post to {@code team} may go now (a slot is taken), else the nanoseconds until one is there. */
    long tryAcquire(String team);

    /** Gives back {@code slots} taken but not used (their rows were claimed by another replica, or are not due). */
    void giveBack(String team, int slots);

    /** Slack answered 429: nothing more to {@code team} for Retry-After, and slower after that where rates adapt. */
    void limited(String team, Duration retryAfter);
}
