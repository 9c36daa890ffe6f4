package dev.commerce.item.catalog.domain;

public record ItemDraft(String sku, String name, String category, long price, int stock, int points) {
}
