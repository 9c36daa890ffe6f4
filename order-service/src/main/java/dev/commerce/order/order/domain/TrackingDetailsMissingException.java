package dev.commerce.order.order.domain;

/** A delivery step from SHIPPED on came without the carrier or the tracking number. */
public class TrackingDetailsMissingException extends RuntimeException {

    public TrackingDetailsMissingException(OrderStatus status) {
        super("carrier and trackingNumber are required for " + status + ".");
    }
}
