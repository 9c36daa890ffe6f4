package dev.commerce.order.order.application;

/** The Idempotency-Key belongs to a different order (other lines): nothing is placed. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different order; use a new key for a new order.");
    }
}
