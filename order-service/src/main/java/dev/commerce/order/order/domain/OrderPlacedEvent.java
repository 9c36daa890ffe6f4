package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OrderPlacedEvent(UUID eventId, Instant occurredAt, String traceparent, String orderNumber,
                               long customerId, List<OrderEventLine> lines, long total, long points,
                               Instant placedAt) implements OrderEvent {

    public static OrderPlacedEvent of(Order order, String traceparent) {
        return new OrderPlacedEvent(UUID.randomUUID(), order.createdAt(), traceparent, order.orderNumber(),
                order.customerId(), OrderEventLine.of(order), order.total(), order.points(), order.createdAt());
    }

    @Override
    public String type() {
        return "OrderPlaced";
    }
}
