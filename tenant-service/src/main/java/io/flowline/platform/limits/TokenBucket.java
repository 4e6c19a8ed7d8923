package io.flowline.platform.limits;

/**
 * A token bucket: holds up to {@code burst} requests, refilled at {@code perSecond}; a request takes one. Thread-safe;
 * time is passed in (nanoseconds) so tests need no clock.
 */
public final class TokenBucket {
    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updatedAt;

    public TokenBucket(double perSecond, double burst, long now) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** The outcome of one attempt: whether it was allowed, what is left and when to come back. */
    public record Take(boolean allowed, long remaining, long secondsUntilNext, long secondsUntilFull) {
    }

    public synchronized Take take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long next = tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        return new Take(allowed, (long) Math.floor(tokens), next, (long) Math.ceil((burst - tokens) / perSecond));
    }

    /** True when the bucket would be full now: forgetting it changes nothing. */
    public synchronized boolean full(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(burst, tokens + (now - updatedAt) / 1e9 * perSecond);
            updatedAt = now;
        }
    }
}
