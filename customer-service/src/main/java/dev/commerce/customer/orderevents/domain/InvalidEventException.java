package dev.commerce.customer.orderevents.domain;

/** A record that can never be processed (not JSON, required field missing): dead-lettered at once, not retried. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
