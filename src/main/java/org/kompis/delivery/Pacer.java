package org.kompis.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's limits for chat.postMessage, kept on our side: a per-workspace rate (a token bucket holding one second's
 * worth), about one message a second per channel, and a workspace-wide pause after a 429's Retry-After.
 */
final class Pacer {
    private static final int PRUNE_AT = 20_000;

    private final double perSecond;
    private final long channelGap;
    private final Ticker ticker;
    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private final Map<String, Long> channelFree = new HashMap<>();
    private final Map<String, Long> teamPausedUntil = new HashMap<>();
    private final Map<String, Long> lastPost = new HashMap<>();

    Pacer(double perSecond, Duration channelGap, Ticker ticker) {
        this.perSecond = perSecond;
        this.channelGap = channelGap.toNanos();
        this.ticker = ticker;
    }

    /**
     * Reserves a post to {@code channel}: returns 0 when it may go now (a token is taken and the channel is held for
     * the gap), else the nanoseconds to wait. A channel that must wait costs no token.
     */
    synchronized long tryAcquire(String team, String channel) {
        long now = ticker.nanos();
        Long paused = teamPausedUntil.get(team);
        if (paused != null) {
            if (paused - now > 0) {
                return paused - now;
            }
            teamPausedUntil.remove(team);
        }
        String key = team + "/" + channel;
        Long free = channelFree.get(key);
        if (free != null && free - now > 0) {
            return free - now;
        }
        long wait = buckets.computeIfAbsent(team, t -> new TokenBucket(perSecond, Math.max(1, perSecond), ticker))
                .tryTake();
        if (wait > 0) {
            return wait;
        }
        if (channelFree.size() > PRUNE_AT) {
            channelFree.values().removeIf(t -> t - now <= 0);
        }
        channelFree.put(key, now + channelGap);
        return 0;
    }

    /**
     * Right before a post: 0 when the channel's last post is at least the gap ago (and this one is noted), else the
     * nanoseconds to wait. {@link #tryAcquire} spaces the claims; this spaces the posts themselves, which a claim's
     * commit can delay by a varying few milliseconds.
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
    synchronized void pauseTeam(String team, Duration retryAfter) {
        long until = ticker.nanos() + retryAfter.toNanos();
        teamPausedUntil.merge(team, until, (a, b) -> b - a > 0 ? b : a);
        TokenBucket bucket = buckets.get(team);
        if (bucket != null) {
            bucket.drain();
        }
    }
}
