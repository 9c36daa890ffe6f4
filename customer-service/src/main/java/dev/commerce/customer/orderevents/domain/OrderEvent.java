package dev.commerce.customer.orderevents.domain;

/** An event of {@code commerce.orders} that this service acts on. */
public interface OrderEvent {

    String eventId();

    String type();

    String orderNumber();

    long customerId();

    /** W3C trace context of the order request, or null. */
    String traceparent();
}
