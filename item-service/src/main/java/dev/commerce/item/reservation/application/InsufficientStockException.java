package dev.commerce.item.reservation.application;

import dev.commerce.item.catalog.domain.Item;

public class InsufficientStockException extends RuntimeException {

    private final transient Item item;
    private final int requested;

    public InsufficientStockException(Item item, int requested) {
        super("Not enough stock for %s (%s): requested %d, only %d left"
                .formatted(item.name(), item.sku(), requested, item.stock()));
        this.item = item;
        this.requested = requested;
    }

    public Item item() {
        return item;
    }

    public int requested() {
        return requested;
    }
}
