package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.Order;

import java.util.List;
import java.util.Optional;

/** Where orders are kept. Writes join the caller's transaction. */
public interface Orders {

    void add(Order order);

    Optional<Order> find(String orderNumber);

    /** Loads the order and locks it until the surrounding transaction ends, so state changes are serialised. */
    Optional<Order> findForUpdate(String orderNumber);

    /** Writes back status, delivery data and new timeline entries of an order loaded with {@link #findForUpdate}. */
    void update(Order order);

    /** Newest first. */
    List<Order> findByCustomer(long customerId, int limit);
}
