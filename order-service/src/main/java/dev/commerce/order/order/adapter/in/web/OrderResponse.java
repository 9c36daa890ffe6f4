package dev.commerce.order.order.adapter.in.web;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderStatus;

import java.time.Instant;
import java.util.List;

public record OrderResponse(String orderNumber, long customerId, OrderStatus status, List<OrderLineResponse> lines,
                            long total, long points, Instant createdAt) {

    public static OrderResponse from(Order order) {
        return new OrderResponse(order.orderNumber(), order.customerId(), order.status(),
                order.lines().stream().map(OrderLineResponse::from).toList(), order.total(), order.points(),
                order.createdAt());
    }
}
