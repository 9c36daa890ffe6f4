package dev.commerce.order.support;

import dev.commerce.order.order.domain.OrderEvent;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every order event whose transaction committed, i.e. every event the outbox received for good. The outbox table
 * itself cannot say it afterwards: the relay deletes each row once Kafka acknowledged it.
 */
public class CommittedOrderEvents {

    private final List<OrderEvent> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void committed(OrderEvent event) {
        events.add(event);
    }

    public int count() {
        return events.size();
    }

    public int count(String orderNumber, String type) {
        return (int) events.stream()
                .filter(event -> event.orderNumber().equals(orderNumber) && event.type().equals(type))
                .count();
    }
}
