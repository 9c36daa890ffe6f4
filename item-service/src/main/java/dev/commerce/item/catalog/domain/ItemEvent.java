package dev.commerce.item.catalog.domain;

/** An event about one item, published on the items topic under the item's sku. */
public sealed interface ItemEvent permits StockChangedEvent, StockDepletedEvent {

    EventMetadata metadata();

    String sku();
}
