package dev.commerce.item.catalog.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.ItemChanges;
import dev.commerce.item.catalog.domain.ItemDraft;

@Entity
@Table(name = "item")
class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    private long price;

    private int stock;

    private int points;

    @Version
    private long version;

    protected ItemEntity() {
    }

    ItemEntity(ItemDraft draft) {
        this.sku = draft.sku();
        this.name = draft.name();
        this.category = draft.category();
        this.price = draft.price();
        this.stock = draft.stock();
        this.points = draft.points();
    }

    void apply(ItemChanges changes) {
        this.name = changes.name();
        this.category = changes.category();
        this.price = changes.price();
        this.stock = changes.stock();
        this.points = changes.points();
    }

    Item toDomain() {
        return new Item(id, sku, name, category, price, stock, points);
    }
}
