package dev.commerce.order.release.application;

/** The placement outlived its release guard: the reservation is being released, so the order must not be stored. */
public class PlacementExpiredException extends RuntimeException {

    public PlacementExpiredException(String orderNumber) {
        super("Placing " + orderNumber + " took too long; its stock reservation is being released. Please retry.");
    }
}
