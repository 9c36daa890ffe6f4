package dev.commerce.item.catalog.domain;

/** The stock of an item changed by {@code delta} to {@code stock}; {@code orderNumber} is null for ADJUSTED. */
public record StockChangedEvent(EventMetadata metadata, long itemId, String sku, String name, String category,
        int stock, int delta, StockChangeReason reason, String orderNumber) implements ItemEvent {
}
