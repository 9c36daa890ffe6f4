package dev.commerce.customer.points.adapter.out.persistence;

import java.time.Instant;

import dev.commerce.customer.customer.domain.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "points_account")
class PointsAccountEntity {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(nullable = false)
    private long balance;

    @Column(nullable = false)
    private long lifetime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Grade grade;

    /** Row locks serialise writers; the version still catches any writer that forgets to lock. */
    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PointsAccountEntity() {
    }

    long customerId() {
        return customerId;
    }

    long balance() {
        return balance;
    }

    long lifetime() {
        return lifetime;
    }

    Grade grade() {
        return grade;
    }

    void apply(long balance, long lifetime, Grade grade, Instant now) {
        this.balance = balance;
        this.lifetime = lifetime;
        this.grade = grade;
        this.updatedAt = now;
    }
}
