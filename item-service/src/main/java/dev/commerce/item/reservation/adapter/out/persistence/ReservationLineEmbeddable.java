package dev.commerce.item.reservation.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.commerce.item.reservation.domain.ReservationLine;

@Embeddable
class ReservationLineEmbeddable {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    private int quantity;

    @Column(name = "unit_price")
    private long unitPrice;

    private int points;

    protected ReservationLineEmbeddable() {
    }

    ReservationLineEmbeddable(ReservationLine line) {
        this.itemId = line.itemId();
        this.sku = line.sku();
        this.name = line.name();
        this.category = line.category();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.points = line.points();
    }

    ReservationLine toDomain() {
        return new ReservationLine(itemId, sku, name, category, quantity, unitPrice, points);
    }
}
