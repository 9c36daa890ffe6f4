package dev.commerce.order.order.domain;

import java.util.Objects;

/**
 * One ordered item with the price and points item-service reserved it at. {@code unitPoints} is per unit;
 * the line's points are {@code unitPoints × quantity}.
 */
public record OrderLine(long itemId, String sku, String name, String category, int quantity, long unitPrice,
                        long unitPoints) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (unitPrice < 0 || unitPoints < 0) {
            throw new IllegalArgumentException("price and points must not be negative");
        }
    }

    public long lineTotal() {
        return Math.multiplyExact(unitPrice, quantity);
    }

    public long linePoints() {
        return Math.multiplyExact(unitPoints, quantity);
    }
}
