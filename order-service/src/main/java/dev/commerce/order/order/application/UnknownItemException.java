package dev.commerce.order.order.application;

public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String detail) {
        super(detail);
    }
}
