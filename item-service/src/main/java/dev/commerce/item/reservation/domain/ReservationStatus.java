package dev.commerce.item.reservation.domain;

public enum ReservationStatus {
    RESERVED, RELEASED
}
