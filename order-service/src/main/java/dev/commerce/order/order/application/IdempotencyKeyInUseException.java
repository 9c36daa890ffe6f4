package dev.commerce.order.order.application;

/** An earlier request with the same Idempotency-Key is still being placed: try again in a moment. */
public class IdempotencyKeyInUseException extends RuntimeException {

    public IdempotencyKeyInUseException() {
        super("An order with this Idempotency-Key is still being placed; try again shortly.");
    }
}
