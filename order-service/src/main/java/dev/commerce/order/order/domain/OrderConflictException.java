package dev.commerce.order.order.domain;

/** The request is well-formed but the order's current state does not allow it. */
public class OrderConflictException extends RuntimeException {

    public OrderConflictException(String message) {
        super(message);
    }
}
