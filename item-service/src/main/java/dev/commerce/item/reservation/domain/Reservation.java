package dev.commerce.item.reservation.domain;

import java.util.List;

/** Stock held for one order. A RELEASED reservation without lines is a tombstone of an early release. */
public record Reservation(String orderNumber, ReservationStatus status, List<ReservationLine> lines) {

    public Reservation {
        lines = List.copyOf(lines);
    }

    public boolean isReserved() {
        return status == ReservationStatus.RESERVED;
    }
}
