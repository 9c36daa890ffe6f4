package dev.commerce.order.release.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reservation in item-service that must be released unless an order owns it. {@code attempts} counts release
 * calls started; a row with no attempt yet is still a guard the order insert can take back.
 */
public record PendingRelease(String orderNumber, ReleaseReason reason, int attempts, Instant nextAttemptAt,
                             String lastError, Instant createdAt) {

    public PendingRelease {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static PendingRelease due(String orderNumber, ReleaseReason reason, Instant now, Instant dueAt) {
        return new PendingRelease(orderNumber, reason, 0, dueAt, null, now);
    }
}
