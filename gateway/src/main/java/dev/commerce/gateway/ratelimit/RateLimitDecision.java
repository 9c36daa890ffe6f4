package dev.commerce.gateway.ratelimit;

import java.time.Duration;

/** @param remaining tokens left after this request; -1 when unknown (the store could not be asked) */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    public static RateLimitDecision allowed(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    public static RateLimitDecision denied(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
