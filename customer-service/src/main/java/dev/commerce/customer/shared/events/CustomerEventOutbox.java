package dev.commerce.customer.shared.events;

import dev.commerce.customer.shared.config.CustomerProperties;
import dev.commerce.support.outbox.Outbox;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every customer event into the outbox, synchronously, in the transaction that published it, so it commits
 * or rolls back with the change. The outbox relay sends one customer's events in the order of their outbox ids,
 * so they must be written under one lock per customer: the points account row. Points changes hold it already
 * (taken first, for the whole transaction); a coupon issue does not, and takes it here. Not the customer row: the
 * coupon insert holds a shared lock on it (foreign key), and two issues upgrading that lock would deadlock.
 */
@Component
class CustomerEventOutbox {

    private final Outbox outbox;
    private final CloudEventRecords records;
    private final JdbcClient jdbc;
    private final String topic;

    CustomerEventOutbox(Outbox outbox, CloudEventRecords records, JdbcClient jdbc, CustomerProperties properties) {
        this.outbox = outbox;
        this.records = records;
        this.jdbc = jdbc;
        this.topic = properties.kafka().customersTopic();
    }

    @EventListener
    void on(CustomerEvent event) {
        jdbc.sql("SELECT customer_id FROM points_account WHERE customer_id = :id FOR UPDATE")
                .param("id", event.customerId()).query(Long.class).list();
        outbox.append(records.toOutboxRecord(topic, event));
    }
}
