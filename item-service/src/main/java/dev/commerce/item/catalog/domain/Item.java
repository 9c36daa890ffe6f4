package dev.commerce.item.catalog.domain;

/** An item of the catalogue. Price is integer KRW; points are earned per unit sold. */
public record Item(long id, String sku, String name, String category, long price, int stock, int points) {
}
