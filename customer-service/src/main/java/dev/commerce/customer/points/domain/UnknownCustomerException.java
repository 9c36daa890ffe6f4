package dev.commerce.customer.points.domain;

/**
 * An event names a customer this service does not know. Retried (the customer may be created a moment later
 * by another path) and then parked on the dead-letter topic.
 */
public class UnknownCustomerException extends RuntimeException {

    public UnknownCustomerException(long customerId) {
        super("No points account for customer " + customerId);
    }
}
