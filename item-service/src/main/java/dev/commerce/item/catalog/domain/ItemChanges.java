package dev.commerce.item.catalog.domain;

/** Everything about an item an operator may change; the sku is its identity and stays. */
public record ItemChanges(String name, String category, long price, int stock, int points) {
}
