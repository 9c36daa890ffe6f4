package dev.commerce.order.order.adapter.in.web;

import dev.commerce.order.order.domain.IdempotencyKey;

/** The Idempotency-Key header is empty, too long or not visible ASCII: nothing is placed. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException() {
        super("must be 1 to " + IdempotencyKey.MAX_LENGTH + " visible ASCII characters");
    }
}
