package org.kompis.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's limits for chat.postMessage, kept on our side by one process (SQLite): a per-workspace rate (a token
 * bucket holding one second's worth) with a workspace-wide pause after a 429's Retry-After, and about one message a
 * second per channel, which {@link #beforePost} holds right before each post (replicas get the rate from
 * {@link SharedRate}, and the channel second from the database as well).
 */
final class Pacer implements Rate {
    private static final int PRUNE_AT = 20_000;

    private final double perSecond;
    private final long channelGap;
    private final Ticker ticker;
    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private final Map<String, Long> teamPausedUntil = new HashMap<>();
    private final Map<String, Long> lastPost = new HashMap<>();

    Pacer(double perSecond, Duration channelGap, Ticker ticker) {
        this.perSecond = perSecond;
        this.channelGap = channelGap.toNanos();
        this.ticker = ticker;
    }

    @Override
    public synchronized long tryAcquire(String team) {
        long now = ticker.nanos();
        Long paused = teamPausedUntil.get(team);
        if (paused != null) {
            if (paused - now > 0) {
                return paused - now;
            }
            teamPausedUntil.remove(team);
        }
        return bucket(team).tryTake();
    }

    @Override
    public synchronized void giveBack(String team, int slots) {
        bucket(team).giveBack(slots);
    }

    private TokenBucket bucket(String team) {
        return buckets.computeIfAbsent(team, t -> new TokenBucket(perSecond, Math.max(1, perSecond), ticker));
    }

    /**
     * Right before a post: 0 when the channel's last post from this process is at least the gap ago (and this one is
     * noted), else the nanoseconds to wait. The claim already waited for the gap after the last recorded post; this
     * spaces the requests themselves, which a commit can delay by a varying few milliseconds.
     */
    synchronized long beforePost(String team, String channel) {
        long now = ticker.nanos();
        String key = team + "/" + channel;
        Long last = lastPost.get(key);
        if (last != null && last + channelGap - now > 0) {
            return last + channelGap - now;
        }
        if (lastPost.size() > PRUNE_AT) {
            lastPost.values().removeIf(t -> t + channelGap - now <= 0);
        }
        lastPost.put(key, now);
        return 0;
    }

    /** Slack said 429: nothing more to this workspace until Retry-After has passed. */
    @Override
    public synchronized void limited(String team, Duration retryAfter) {
        long until = ticker.nanos() + retryAfter.toNanos();
        teamPausedUntil.merge(team, until, (a, b) -> b - a > 0 ? b : a);
        bucket(team).drain();
    }
}
