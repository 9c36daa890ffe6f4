package dev.commerce.item.catalog.domain;

public enum StockChangeReason {
    RESERVED, RELEASED, ADJUSTED
}
