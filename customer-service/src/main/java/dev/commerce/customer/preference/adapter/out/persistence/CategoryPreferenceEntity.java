package dev.commerce.customer.preference.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "category_preference")
class CategoryPreferenceEntity {

    @EmbeddedId
    private CategoryPreferenceId id;

    @Column(nullable = false)
    private long score;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CategoryPreferenceEntity() {
    }

    CategoryPreferenceEntity(CategoryPreferenceId id, Instant now) {
        this.id = id;
        this.updatedAt = now;
    }

    void add(long amount, Instant now) {
        this.score += amount;
        this.updatedAt = now;
    }

    CategoryPreferenceId id() {
        return id;
    }

    long score() {
        return score;
    }
}
