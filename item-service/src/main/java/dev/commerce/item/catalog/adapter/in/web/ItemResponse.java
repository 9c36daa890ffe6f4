package dev.commerce.item.catalog.adapter.in.web;

import dev.commerce.item.catalog.domain.Item;

public record ItemResponse(long id, String sku, String name, String category, long price, int stock, int points) {

    static ItemResponse of(Item item) {
        return new ItemResponse(item.id(), item.sku(), item.name(), item.category(), item.price(), item.stock(),
                item.points());
    }
}
