package dev.commerce.customer.orderevents.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Clock;

import dev.commerce.customer.orderevents.application.CancelledOrders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCancelledOrders implements CancelledOrders {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCancelledOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean isCancelled(String orderNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM cancelled_order WHERE order_number = :order")
                .param("order", orderNumber).query(Long.class).single() > 0;
    }

    @Override
    public void remember(String orderNumber, long customerId, String eventId) {
        // events of one customer are applied under its account lock, so check-then-insert cannot race here
        if (!isCancelled(orderNumber)) {
            jdbc.sql("""
                    INSERT INTO cancelled_order (order_number, customer_id, event_id, recorded_at)
                    VALUES (:order, :customer, :event, :at)""")
                    .param("order", orderNumber).param("customer", customerId).param("event", eventId)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
    }
}
