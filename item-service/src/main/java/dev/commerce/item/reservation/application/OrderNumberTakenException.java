package dev.commerce.item.reservation.application;

/** Lost the race for an order number's unique key; the winner's reservation decides the answer. */
public class OrderNumberTakenException extends RuntimeException {

    public OrderNumberTakenException(String orderNumber, Throwable cause) {
        super("order number " + orderNumber + " is already used", cause);
    }
}
