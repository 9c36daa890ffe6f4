package dev.commerce.customer.shared.events;

/**
 * A domain event that leaves the service on {@code commerce.customers}, keyed by customer id.
 * Implementations are records of {@code (metadata, data)}; only those two are stored in the outbox.
 */
public interface CustomerEvent {

    EventMetadata metadata();

    /** The CloudEvents {@code data}: the payload of docs/events.md for this type. */
    Object data();

    /** The CloudEvents {@code type}, e.g. {@code PointsChanged}. */
    String type();

    long customerId();
}
