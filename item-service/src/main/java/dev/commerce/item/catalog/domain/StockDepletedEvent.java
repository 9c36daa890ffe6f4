package dev.commerce.item.catalog.domain;

/** The last unit of an item is gone; {@code orderNumber} is the order that took it, null for an adjustment. */
public record StockDepletedEvent(EventMetadata metadata, long itemId, String sku, String name, String category,
        String orderNumber) implements ItemEvent {
}
