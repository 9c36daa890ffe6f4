package dev.commerce.order.order.application;

import java.util.List;

/** item-service's reservations, keyed by order number. */
public interface StockReservations {

    /**
     * Reserves all lines or none.
     *
     * @throws InsufficientStockException when a line is short (nothing was reserved)
     * @throws UnknownItemException when a line names an unknown item (nothing was reserved)
     * @throws ReservationRejectedException when item-service refuses the request for another client-side reason
     * @throws DownstreamUnavailableException when the outcome is unknown or item-service cannot be reached
     */
    List<ReservedLine> reserve(String orderNumber, List<RequestedLine> lines);

    /**
     * Releases the reservation; idempotent, also for numbers that were never reserved.
     *
     * @throws DownstreamUnavailableException when item-service did not confirm
     */
    void release(String orderNumber);
}
