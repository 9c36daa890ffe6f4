package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Carries the lines and points again so customer-service can reverse the points without asking us. */
public record OrderCancelledEvent(UUID eventId, Instant occurredAt, String traceparent, String orderNumber,
                                  long customerId, List<OrderEventLine> lines, long total, long points,
                                  String reason, Instant cancelledAt) implements OrderEvent {

    public static OrderCancelledEvent of(Order order, Instant cancelledAt, String traceparent) {
        return new OrderCancelledEvent(UUID.randomUUID(), cancelledAt, traceparent, order.orderNumber(),
                order.customerId(), OrderEventLine.of(order), order.total(), order.points(), order.cancelReason(),
                cancelledAt);
    }

    @Override
    public String type() {
        return "OrderCancelled";
    }
}
