package dev.commerce.order.delivery.adapter.in.web;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderStatus;

import java.util.List;

/** The order's delivery view; {@code events} starts with PLACED and ends with the current status. */
public record DeliveryResponse(String orderNumber, OrderStatus status, String carrier, String trackingNumber,
                               List<TrackingEntryResponse> events) {

    static DeliveryResponse from(Order order) {
        return new DeliveryResponse(order.orderNumber(), order.status(), order.carrier(), order.trackingNumber(),
                order.timeline().stream().map(TrackingEntryResponse::from).toList());
    }
}
