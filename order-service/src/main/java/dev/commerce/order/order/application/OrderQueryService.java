package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class OrderQueryService {

    private final Orders orders;

    public OrderQueryService(Orders orders) {
        this.orders = orders;
    }

    public Order get(String orderNumber) {
        return orders.find(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }

    public List<Order> listByCustomer(long customerId, int limit) {
        return orders.findByCustomer(customerId, limit);
    }
}
