package dev.commerce.order.order.application;

public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(long customerId) {
        super("Customer " + customerId + " does not exist.");
    }
}
