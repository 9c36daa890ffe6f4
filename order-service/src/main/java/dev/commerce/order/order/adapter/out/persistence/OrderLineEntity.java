package dev.commerce.order.order.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_line")
class OrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    OrderEntity order;

    @Column(name = "line_no", nullable = false)
    int lineNo;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(nullable = false)
    String sku;

    @Column(nullable = false)
    String name;

    String category;

    @Column(nullable = false)
    int quantity;

    @Column(name = "unit_price", nullable = false)
    long unitPrice;

    @Column(name = "unit_points", nullable = false)
    long unitPoints;

    protected OrderLineEntity() {
    }
}
