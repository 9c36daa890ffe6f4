package dev.commerce.order.order.application;

/** item-service answered 400/422 to a reservation: the order content is not acceptable to it. */
public class ReservationRejectedException extends RuntimeException {

    public ReservationRejectedException(String detail) {
        super(detail);
    }
}
