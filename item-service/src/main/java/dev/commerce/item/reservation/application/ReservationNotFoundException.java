package dev.commerce.item.reservation.application;

public class ReservationNotFoundException extends RuntimeException {

    public ReservationNotFoundException(String orderNumber) {
        super("No reservation for order " + orderNumber);
    }
}
