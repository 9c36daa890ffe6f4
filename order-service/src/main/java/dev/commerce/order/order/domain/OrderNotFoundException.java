package dev.commerce.order.order.domain;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String orderNumber) {
        super("Order " + orderNumber + " does not exist.");
    }
}
