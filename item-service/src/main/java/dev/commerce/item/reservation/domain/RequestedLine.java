package dev.commerce.item.reservation.domain;

public record RequestedLine(long itemId, int quantity) {
}
