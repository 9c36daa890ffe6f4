package dev.commerce.customer.points.adapter.out.persistence;

import java.time.Instant;

import dev.commerce.customer.points.domain.LedgerEntry;
import dev.commerce.customer.points.domain.LedgerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Append-only: immutable for Hibernate, so an accidental change is never written back. */
@Entity
@Immutable
@Table(name = "points_ledger")
class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "event_id", nullable = false, length = 100)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private LedgerKind kind;

    @Column(name = "order_number", length = 40)
    private String orderNumber;

    @Column(nullable = false)
    private long delta;

    @Column(name = "lifetime_delta", nullable = false)
    private long lifetimeDelta;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerEntryEntity() {
    }

    static LedgerEntryEntity from(LedgerEntry entry) {
        var entity = new LedgerEntryEntity();
        entity.customerId = entry.customerId();
        entity.eventId = entry.eventId();
        entity.kind = entry.kind();
        entity.orderNumber = entry.orderNumber();
        entity.delta = entry.delta();
        entity.lifetimeDelta = entry.lifetimeDelta();
        entity.balanceAfter = entry.balanceAfter();
        entity.reason = entry.reason();
        entity.createdAt = entry.at();
        return entity;
    }

    LedgerEntry toDomain() {
        return new LedgerEntry(customerId, eventId, kind, orderNumber, delta, lifetimeDelta, balanceAfter, reason,
                createdAt);
    }
}
