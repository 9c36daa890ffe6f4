package dev.commerce.order.order.application;

/** Hands out the next order number of the current day; joins the caller's transaction. */
public interface OrderNumbers {

    String next();
}
