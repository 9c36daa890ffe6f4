package dev.commerce.order.order.adapter.out.kafka;

/**
 * An event not sent on purpose: an earlier event of its order is not acknowledged yet, or the broker is known to be
 * unreachable. Its publication stays incomplete and is resubmitted. No stack trace: nothing went wrong here.
 */
final class EventHeldBackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EventHeldBackException(String message) {
        super(message, null, false, false);
    }
}
