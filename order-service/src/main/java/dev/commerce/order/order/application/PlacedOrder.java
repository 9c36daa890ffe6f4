package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.Order;

/** @param replayed true when a repeat of an earlier request got that request's order back */
public record PlacedOrder(Order order, boolean replayed) {
}
