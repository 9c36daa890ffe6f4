package dev.commerce.order.order.adapter.out.persistence;

import dev.commerce.order.order.application.Orders;
import dev.commerce.order.order.domain.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Component
@Transactional
class JpaOrders implements Orders {

    private final OrderJpaRepository repository;

    JpaOrders(OrderJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Order order) {
        // Flushed now so a constraint violation surfaces inside the caller's transaction, before its events.
        repository.saveAndFlush(OrderEntityMapper.toNewEntity(order));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> find(String orderNumber) {
        return repository.findByOrderNumber(orderNumber).map(OrderEntityMapper::toDomain);
    }

    @Override
    public Optional<Order> findForUpdate(String orderNumber) {
        return repository.lockByOrderNumber(orderNumber).map(OrderEntityMapper::toDomain);
    }

    @Override
    public void update(Order order) {
        OrderEntity entity = repository.findByOrderNumber(order.orderNumber())
                .orElseThrow(() -> new IllegalStateException("Order " + order.orderNumber() + " vanished"));
        OrderEntityMapper.copyState(order, entity);
        repository.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Order> findByCustomer(long customerId, int limit) {
        return repository.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, Limit.of(limit)).stream()
                .map(OrderEntityMapper::toDomain)
                .toList();
    }
}
