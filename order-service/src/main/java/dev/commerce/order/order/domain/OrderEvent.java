package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact about an order that other services learn from {@code commerce.orders}. The id is fixed when the event is
 * created, so every outbox retry and redelivery carries the same id and consumers can deduplicate by it.
 * {@code eventId}, {@code occurredAt} and {@code traceparent} go to the envelope; every other component is data.
 */
public sealed interface OrderEvent permits OrderPlacedEvent, OrderCancelledEvent, DeliveryUpdatedEvent {

    UUID eventId();

    Instant occurredAt();

    String traceparent();

    String orderNumber();

    /** The CloudEvents {@code type}, also sent as the {@code ce_type} header. */
    String type();
}
