package dev.commerce.item.reservation.adapter.in.web;

import java.util.List;

import dev.commerce.item.reservation.domain.Reservation;
import dev.commerce.item.reservation.domain.ReservationLine;
import dev.commerce.item.reservation.domain.ReservationStatus;

/** {@code unitPrice} and {@code points} are per unit, as they were when the stock was taken. */
public record ReservationResponse(String orderNumber, ReservationStatus status, List<Line> lines) {

    public record Line(long itemId, String sku, String name, String category, int quantity, long unitPrice,
            int points) {

        static Line of(ReservationLine line) {
            return new Line(line.itemId(), line.sku(), line.name(), line.category(), line.quantity(),
                    line.unitPrice(), line.points());
        }
    }

    static ReservationResponse of(Reservation reservation) {
        return new ReservationResponse(reservation.orderNumber(), reservation.status(),
                reservation.lines().stream().map(Line::of).toList());
    }
}
