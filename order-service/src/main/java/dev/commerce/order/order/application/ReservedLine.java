package dev.commerce.order.order.application;

/** A line as item-service reserved it; {@code unitPrice} and {@code unitPoints} are per unit. */
public record ReservedLine(long itemId, String sku, String name, String category, int quantity, long unitPrice,
                           long unitPoints) {
}
