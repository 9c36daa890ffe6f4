package dev.commerce.order.delivery.application;

import dev.commerce.order.order.domain.OrderStatus;

public record RecordDeliveryCommand(String orderNumber, OrderStatus status, String carrier, String trackingNumber,
                                    String location) {
}
