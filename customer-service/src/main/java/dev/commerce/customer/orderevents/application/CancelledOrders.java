package dev.commerce.customer.orderevents.application;

/**
 * Tombstones of cancelled orders: the cancellation is remembered even when nothing had been credited yet, so an
 * OrderPlaced that arrives after it changes nothing.
 */
public interface CancelledOrders {

    boolean isCancelled(String orderNumber);

    /** Records the cancellation once per order; a second cancel of the same order keeps the first row. */
    void remember(String orderNumber, long customerId, String eventId);
}
