package dev.commerce.item.reservation.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dev.commerce.item.reservation.domain.Reservation;
import dev.commerce.item.reservation.domain.ReservationLine;
import dev.commerce.item.reservation.domain.ReservationStatus;

@Entity
@Table(name = "reservation")
class ReservationEntity {

    @Id
    @Column(name = "order_number")
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReservationStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @ElementCollection
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "order_number"))
    @OrderColumn(name = "line_no")
    private List<ReservationLineEmbeddable> lines = new ArrayList<>();

    protected ReservationEntity() {
    }

    ReservationEntity(String orderNumber, ReservationStatus status, Instant createdAt) {
        this.orderNumber = orderNumber;
        this.status = status;
        this.createdAt = createdAt;
        if (status == ReservationStatus.RELEASED) {
            this.releasedAt = createdAt;
        }
    }

    void addLines(List<ReservationLine> newLines) {
        newLines.forEach(line -> lines.add(new ReservationLineEmbeddable(line)));
    }

    void release(Instant at) {
        this.status = ReservationStatus.RELEASED;
        this.releasedAt = at;
    }

    Reservation toDomain() {
        return new Reservation(orderNumber, status, lines.stream().map(ReservationLineEmbeddable::toDomain).toList());
    }
}
