package dev.commerce.customer.orderevents;

import static dev.commerce.customer.support.OrderEvents.newEventId;
import static dev.commerce.customer.support.OrderEvents.newOrderNumber;
import static dev.commerce.customer.support.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.OrderEvents.Line;
import dev.commerce.customer.support.TestCustomers;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Records that cannot be processed are parked on commerce.orders.DLT and the consumer carries on. */
class DeadLetterIT extends IntegrationTestBase {

    @Autowired
    private MeterRegistry meters;

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAtOnceAndTheNextRecordIsProcessed() {
        long customer = TestCustomers.create(jdbc, 0);
        String order = newOrderNumber();
        String poison = "this is {not json " + order;
        double failedBefore = failedAttempts();

        kafka().send(ORDERS, order, poison, "OrderPlaced");
        // same key, so the same partition: this record comes after the poison one
        String next = newEventId();
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed(next, order, customer, 60,
                List.of(new Line("LAT-001", "coffee", 1, 5000, 50))), "OrderPlaced"));

        try (var dlt = kafka().collect(ORDERS_DLT)) {
            var parked = dlt.awaitMatching(record -> poison.equals(record.value()), 1);
            assertThat(parked).hasSize(1);
            assertThat(parked.get(0).key()).isEqualTo(order);
            assertThat(exceptionClasses(parked.get(0))).contains("InvalidEventException");
        }
        assertThat(failedAttempts() - failedBefore).as("not retried").isEqualTo(1);
        assertThat(balance(customer)).isEqualTo(60);
        assertThat(processed(next)).isTrue();
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedWithBackOffThenDeadLetteredAndTheConsumerGoesOn() {
        long unknownCustomer = 987_654_321L;
        long customer = TestCustomers.create(jdbc, 0);
        String order = newOrderNumber();
        String failing = placed(newEventId(), order, unknownCustomer, 100,
                List.of(new Line("AMR-001", "coffee", 1, 4500, 45)));
        double failedBefore = failedAttempts();

        kafka().send(ORDERS, order, failing, "OrderPlaced");
        String next = newEventId();
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed(next, order + "-B", customer, 45,
                List.of(new Line("AMR-001", "coffee", 1, 4500, 45))), "OrderPlaced"));

        try (var dlt = kafka().collect(ORDERS_DLT)) {
            var parked = dlt.awaitMatching(record -> failing.equals(record.value()), 1);
            assertThat(parked.get(0).key()).isEqualTo(order);
            assertThat(header(parked.get(0), "kafka_dlt-original-topic")).isEqualTo(ORDERS);
            assertThat(exceptionClasses(parked.get(0))).contains("UnknownCustomerException");
        }
        assertThat(failedAttempts() - failedBefore).as("4 attempts").isEqualTo(4);
        assertThat(balance(customer)).isEqualTo(45);
        assertThat(processed(next)).isTrue();
    }

    private double failedAttempts() {
        var counter = meters.find("customer.order.events.failed.attempts").counter();
        return counter == null ? 0 : counter.count();
    }

    /** The dead-letter headers name the exception and its cause; which one is ours depends on wrapping. */
    private static String exceptionClasses(ConsumerRecord<String, String> record) {
        return header(record, "kafka_dlt-exception-fqcn") + " " + header(record, "kafka_dlt-exception-cause-fqcn");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
