package dev.commerce.item.catalog.domain;

public record ItemUpdate(Item before, Item after) {

    public int stockDelta() {
        return after.stock() - before.stock();
    }
}
