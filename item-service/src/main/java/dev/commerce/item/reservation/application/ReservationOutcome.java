package dev.commerce.item.reservation.application;

import dev.commerce.item.reservation.domain.Reservation;

/** {@code created} is false when the request repeated an earlier one and nothing new was reserved. */
public record ReservationOutcome(Reservation reservation, boolean created) {
}
