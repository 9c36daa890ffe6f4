package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;

/** Which order number a customer's Idempotency-Key belongs to. Shared by every replica through the database. */
public interface IdempotencyKeys {

    /** @param orderNumber the number the attempt holding the key works under (its order may not be stored yet) */
    record Claim(String orderNumber, String fingerprint, Instant createdAt) {
    }

    Optional<Claim> find(long customerId, IdempotencyKey key);

    /**
     * Takes the key for this attempt: a new key, or one whose earlier attempt was abandoned (claimed before
     * {@code abandonedBefore} and its order never stored). False when another attempt holds it.
     */
    boolean claim(long customerId, IdempotencyKey key, String fingerprint, String orderNumber, Instant now,
                  Instant abandonedBefore);

    /** Inside the order's transaction: locks the key and says whether this attempt still holds it. */
    boolean holds(long customerId, IdempotencyKey key, String orderNumber);

    /** The attempt failed: the key is free for a retry (only if this attempt still holds it). */
    void release(long customerId, IdempotencyKey key, String orderNumber);

    int deleteOlderThan(Instant cutoff);
}
