package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.UUID;

public record DeliveryUpdatedEvent(UUID eventId, Instant occurredAt, String traceparent, String orderNumber,
                                   long customerId, OrderStatus status, String carrier, String trackingNumber,
                                   String location, Instant at) implements OrderEvent {

    public static DeliveryUpdatedEvent of(Order order, TrackingEntry entry, String traceparent) {
        return new DeliveryUpdatedEvent(UUID.randomUUID(), entry.at(), traceparent, order.orderNumber(),
                order.customerId(), entry.status(), order.carrier(), order.trackingNumber(), entry.location(),
                entry.at());
    }

    @Override
    public String type() {
        return "DeliveryUpdated";
    }
}
