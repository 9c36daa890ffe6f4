package dev.commerce.customer.points.domain;

public enum LedgerKind {
    OPENING,
    ORDER_PLACED,
    ORDER_CANCELLED
}
