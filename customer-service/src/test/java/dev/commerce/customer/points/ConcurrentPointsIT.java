package dev.commerce.customer.points;

import static dev.commerce.customer.support.OrderEvents.newEventId;
import static dev.commerce.customer.support.OrderEvents.newOrderNumber;
import static dev.commerce.customer.support.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.commerce.customer.orderevents.application.OrderEventProcessor;
import dev.commerce.customer.orderevents.application.OrderEventProcessor.Outcome;
import dev.commerce.customer.orderevents.domain.OrderLine;
import dev.commerce.customer.orderevents.domain.OrderPlaced;
import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.OrderEvents.Line;
import dev.commerce.customer.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Many order events for one customer at the same time: no update is lost and duplicates still act once. */
class ConcurrentPointsIT extends IntegrationTestBase {

    @Autowired
    private OrderEventProcessor processor;

    @Test
    void concurrentEventsAndTheirDuplicatesFromManyThreadsAddUpExactly() throws Exception {
        long customer = TestCustomers.create(jdbc, 100);
        List<OrderPlaced> events = new ArrayList<>();
        long expected = 100;
        for (int i = 1; i <= 40; i++) {
            events.add(new OrderPlaced(newEventId(), null, newOrderNumber(), customer, i,
                    List.of(new OrderLine("coffee", 1))));
            expected += i;
        }
        List<Callable<Outcome>> calls = new ArrayList<>();
        for (OrderPlaced event : events) {
            calls.add(() -> processor.process(event));
            calls.add(() -> processor.process(event)); // the same event delivered twice, concurrently
        }
        Collections.shuffle(calls);

        var pool = Executors.newFixedThreadPool(8);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome> future : pool.invokeAll(calls)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(Outcome.APPLIED::equals).hasSize(40);
        assertThat(outcomes).filteredOn(Outcome.DUPLICATE::equals).hasSize(40);
        assertThat(balance(customer)).isEqualTo(expected);
        assertThat(lifetime(customer)).isEqualTo(expected);
        assertThat(ledgerRows(customer)).isEqualTo(41);
        assertThat(json(http.getForObject("/api/customers/{id}/preferences", String.class, customer))
                .at("/categories/0/score").asLong()).isEqualTo(40);
    }

    @Test
    void ordersOfOneCustomerSpreadOverPartitionsAreAllCredited() {
        long customer = TestCustomers.create(jdbc, 0);
        var partitions = new HashSet<Integer>();
        long expected = 0;
        for (int i = 1; i <= 30; i++) {
            String order = newOrderNumber();
            partitions.add(kafka().send(ORDERS, order, placed(newEventId(), order, customer, 10 * i,
                    List.of(new Line("AMR-001", "coffee", 1, 4500, 45))), "OrderPlaced").partition());
            expected += 10 * i;
        }
        long total = expected;

        assertThat(partitions).as("records on several partitions, consumed concurrently").hasSizeGreaterThan(1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(balance(customer)).isEqualTo(total));
        assertThat(ledgerRows(customer)).isEqualTo(31);
    }
}
