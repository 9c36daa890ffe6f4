package dev.commerce.order.release.domain;

import java.time.Duration;

/** Exponential back-off between release attempts: initial, ×2 per attempt, capped. */
public record ReleaseBackoff(Duration initial, Duration max) {

    public Duration afterAttempt(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
