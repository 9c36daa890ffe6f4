package dev.commerce.customer.orderevents.domain;

/** The part of an order line this service needs: which category, how many units. */
public record OrderLine(String category, long quantity) {
}
