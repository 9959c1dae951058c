package org.kompis.delivery;

/**
 * A token bucket: {@code perSecond} tokens a second, at most {@code capacity} saved up. Not thread-safe; the
 * {@link Pacer} guards it.
 */
final class TokenBucket {
    private final double perNano;
    private final double capacity;
    private final Ticker ticker;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, double capacity, Ticker ticker) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and room for one token");
        }
        this.perNano = perSecond / 1e9;
        this.capacity = capacity;
        this.ticker = ticker;
        this.last = ticker.nanos();
        this.tokens = capacity;
    }

    /** Takes a token and returns 0, or returns how many nanoseconds until one is there. */
    long tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }

    /** Puts back tokens taken but not used, up to the capacity. */
    void giveBack(int n) {
        refill();
        tokens = Math.min(capacity, tokens + n);
    }

    /** Spends everything saved up: after a 429 the workspace starts again from an empty bucket. */
    void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    private void refill() {
        long now = ticker.nanos();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
