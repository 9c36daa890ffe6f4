package dev.commerce.order.order.application;

public interface CustomerDirectory {

    /**
     * @return whether customer-service knows the customer
     * @throws DownstreamUnavailableException when customer-service cannot answer
     */
    boolean exists(long customerId);
}
