package dev.commerce.item.reservation.domain;

/** What was taken for one item, with the price and points per unit as they were at that moment. */
public record ReservationLine(long itemId, String sku, String name, String category, int quantity, long unitPrice,
        int points) {
}
