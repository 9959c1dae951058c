package org.kompis.slack;

import com.slack.api.methods.SlackApiException;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack's 429s said about each workspace's methods (Slack limits each method per workspace), so that a workspace
 * Slack keeps refusing holds no thread asleep. The call that was refused may wait its own {@code Retry-After}; during
 * that pause a further call to the same method in that workspace waits only when the rest of the pause is short
 * ({@link #PATIENCE}), and fails at once otherwise ("Slack asks us to slow down"), as it does when Slack has refused
 * that method again and again for {@link #REFUSING} without a success, or when {@link #SLEEPERS} threads already wait
 * for it. Other workspaces' calls are untouched.
 */
final class Pauses {
    private static final Logger log = LoggerFactory.getLogger(Pauses.class);
    static final Duration PATIENCE = Duration.ofSeconds(3);
    static final Duration REFUSING = Duration.ofSeconds(10);
    static final int SLEEPERS = 2;

    private final LongSupplier nanos;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    /**
     * One workspace's method: paused until, refused since (0: its last call went through), threads waiting. Kept
     * once made (a few per workspace), so a waiting thread always finds its own.
     */
    private static final class State {
        long until;
        long refusedSince;
        long lastRefused;
        int sleeping;
    }

    Pauses(LongSupplier nanos) {
        this.nanos = nanos;
    }

    static String key(String teamId, String method) {
        return teamId + " " + method;
    }

    /**
     * How long a call should wait before it goes to Slack: zero to go now, null to fail at once. A wait holds one of
     * the {@link #SLEEPERS} places until it ends. {@code own} is the Retry-After of this very call's last try
     * (null if it was not refused), which it may wait up to {@code most}; a further call waits at most
     * {@link #PATIENCE}.
     */
    Duration before(String key, Duration own, Duration most) {
        State s = states.get(key);
        if (s == null) {
            return Duration.ZERO;
        }
        synchronized (s) {
            long now = nanos.getAsLong();
            long left = s.until - now;
            if (left <= 0) {
                return Duration.ZERO;
            }
            boolean longRefused = s.refusedSince != 0 && s.lastRefused - s.refusedSince >= REFUSING.toNanos();
            long limit = own != null ? Math.max(own.toNanos(), PATIENCE.toNanos()) : PATIENCE.toNanos();
            if (longRefused || left > Math.min(limit, most.toNanos()) || s.sleeping >= SLEEPERS) {
                return null;
            }
            s.sleeping++;
            return own != null && own.toNanos() >= left ? own : Duration.ofNanos(left);
        }
    }

    /**
     * Waits out this workspace's pause of {@code method} when {@link #before} allows, else fails at once with
     * {@code ratelimited}: Slack did nothing, and the person is told to try again in a minute.
     */
    void waitOut(
            String key, String method, Duration own, Throwable refused, Duration most, SlackGateway.Sleeper sleeper) {
        Duration wait = before(key, own, most);
        if (wait == null) {
            Metrics.counter("kompis.slack.api.calls", "method", method, "outcome", "paused")
                    .increment();
            throw new SlackCallException(method, "ratelimited", refused);
        }
        if (!wait.isZero()) {
            try {
                log.info("{} is rate-limited; trying again in {} ms", method, wait.toMillis());
                sleeper.sleep(wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new SlackCallException(method, "interrupted", ie);
            } finally {
                woke(key);
            }
        }
    }

    /**
     * Waits a call's own {@code wait} before one more try (a 429's Retry-After, or a short pause after a 5xx), within
     * the deadline it was chosen for, unless this workspace's pause says to fail at once: false then.
     */
    boolean slept(String key, Duration wait) throws InterruptedException {
        Duration left = before(key, wait, wait);
        if (left == null) {
            return false;
        }
        try {
            Thread.sleep((left.isZero() ? wait : left).toMillis());
            return true;
        } finally {
            if (!left.isZero()) {
                woke(key);
            }
        }
    }

    private void woke(String key) {
        State s = states.get(key);
        synchronized (s) {
            s.sleeping--;
        }
    }

    /** Slack answered 429 with this Retry-After. */
    void refused(String key, Duration retryAfter) {
        State s = states.computeIfAbsent(key, k -> new State());
        synchronized (s) {
            long now = nanos.getAsLong();
            // A refusal long after the last pause ended starts a new run of them (a stray 429 is no refusing Slack).
            if (s.refusedSince == 0 || now - s.until > REFUSING.toNanos()) {
                s.refusedSince = now;
            }
            s.lastRefused = now;
            s.until = Math.max(s.until, now + retryAfter.toNanos());
        }
    }

    /** Slack answered (anything but a 429): the method is let through again, and its run of refusals is over. */
    void answered(String key) {
        State s = states.get(key);
        if (s != null) {
            synchronized (s) {
                s.refusedSince = 0;
                s.until = 0;
            }
        }
    }

    /** Slack's Retry-After on a 429, at least a second (a second when missing or unreadable). */
    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(1, header == null ? 1 : Long.parseLong(header.trim())));
        } catch (NumberFormatException bad) {
            return Duration.ofSeconds(1);
        }
    }

    /** Threads now waiting out a pause, in every workspace. */
    int sleeping() {
        int n = 0;
        for (State s : states.values()) {
            synchronized (s) {
                n += s.sleeping;
            }
        }
        return n;
    }
}
