package dev.commerce.order.order.application;

public record RequestedLine(long itemId, int quantity) {
}
