package dev.commerce.customer.points;

import static dev.commerce.customer.support.OrderEvents.cancelled;
import static dev.commerce.customer.support.OrderEvents.deliveryUpdated;
import static dev.commerce.customer.support.OrderEvents.newEventId;
import static dev.commerce.customer.support.OrderEvents.newOrderNumber;
import static dev.commerce.customer.support.OrderEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.OrderEvents.Line;
import dev.commerce.customer.support.TestCustomers;
import dev.commerce.customer.support.TopicCollector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order events on the real broker credit and reverse points exactly once, whatever is redelivered. */
class OrderPointsIT extends IntegrationTestBase {

    private TopicCollector customerEvents;

    @BeforeEach
    void watchCustomerEvents() {
        customerEvents = kafka().collect(CUSTOMERS);
    }

    @AfterEach
    void stopWatching() {
        customerEvents.close();
    }

    @Test
    void orderPlacedCreditsOnceAndTheSameRecordAgainChangesNothing() {
        long customer = TestCustomers.create(jdbc, 1_000);
        String eventId = newEventId();
        String order = newOrderNumber();
        String record = placed(eventId, order, customer, 140, List.of(new Line("AMR-001", "coffee", 2, 4500, 45)));

        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, record, "OrderPlaced"));

        assertThat(balance(customer)).isEqualTo(1_140);
        assertThat(lifetime(customer)).isEqualTo(1_140);
        assertThat(ledgerRows(customer)).isEqualTo(2);
        assertThat(processed(eventId)).isTrue();

        // Kafka redelivers the very same record (same event id): nothing changes
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, record, "OrderPlaced"));

        assertThat(balance(customer)).isEqualTo(1_140);
        assertThat(ledgerRows(customer)).isEqualTo(2);
        assertThat(publicationsContaining(eventId)).isEqualTo(1);
        assertThat(pointsChangedFor(customer, 1)).hasSize(1);

        var points = json(http.getForObject("/api/customers/{id}/points", String.class, customer));
        assertThat(points.get("balance").asLong()).isEqualTo(1_140);
        assertThat(points.at("/ledger/0/eventId").asText()).isEqualTo(eventId);
        assertThat(points.at("/ledger/0/delta").asLong()).isEqualTo(140);
        assertThat(points.at("/ledger/0/reason").asText()).isEqualTo("ORDER_PLACED " + order);
        assertThat(points.at("/ledger/1/reason").asText()).isEqualTo("OPENING_BALANCE");
    }

    @Test
    void crossingAThresholdChangesTheGradeAndPublishesPointsChangedWithThePreviousGrade() {
        long customer = TestCustomers.create(jdbc, 2_900);
        String eventId = newEventId();
        String order = newOrderNumber();

        kafka().send(ORDERS, order, placed(eventId, order, customer, 200,
                List.of(new Line("TUM-001", "goods", 1, 25000, 200))), "OrderPlaced");

        var event = json(pointsChangedFor(customer, 1).get(0));
        assertThat(grade(customer)).isEqualTo("SILVER");
        assertThat(event.get("type").asText()).isEqualTo("PointsChanged");
        assertThat(event.get("source").asText()).isEqualTo("/customer-service");
        assertThat(event.get("subject").asText()).isEqualTo(String.valueOf(customer));
        assertThat(event.get("traceparent").asText()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        var data = event.get("data");
        assertThat(data.get("customerId").asLong()).isEqualTo(customer);
        assertThat(data.get("delta").asLong()).isEqualTo(200);
        assertThat(data.get("balance").asLong()).isEqualTo(3_100);
        assertThat(data.get("lifetime").asLong()).isEqualTo(3_100);
        assertThat(data.get("grade").asText()).isEqualTo("SILVER");
        assertThat(data.get("previousGrade").asText()).isEqualTo("BRONZE");
        assertThat(data.get("reason").asText()).isEqualTo("ORDER_PLACED " + order);
        assertThat(data.get("sourceEventId").asText()).isEqualTo(eventId);
    }

    @Test
    void orderCancelledReversesExactlyWhatTheOrderCreditedOnce() {
        long customer = TestCustomers.create(jdbc, 2_900);
        String order = newOrderNumber();
        kafka().send(ORDERS, order, placed(newEventId(), order, customer, 200,
                List.of(new Line("TUM-001", "goods", 1, 25000, 200))), "OrderPlaced");
        String cancelId = newEventId();
        // the cancel claims 999 points: the reversal trusts the ledger (200), not the event
        String cancel = cancelled(cancelId, order, customer, 999);

        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancel, "OrderCancelled"));

        assertThat(balance(customer)).isEqualTo(2_900);
        assertThat(lifetime(customer)).isEqualTo(2_900);
        assertThat(grade(customer)).isEqualTo("BRONZE");
        assertThat(ledgerRows(customer)).isEqualTo(3);
        var reversal = json(pointsChangedFor(customer, 2).get(1)).get("data");
        assertThat(reversal.get("delta").asLong()).isEqualTo(-200);
        assertThat(reversal.get("grade").asText()).isEqualTo("BRONZE");
        assertThat(reversal.get("previousGrade").asText()).isEqualTo("SILVER");
        assertThat(reversal.get("reason").asText()).isEqualTo("ORDER_CANCELLED " + order);

        // redelivery of the same cancel, and a second cancel of the same order under another id: no effect
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancel, "OrderCancelled"));
        String secondCancel = newEventId();
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancelled(secondCancel, order, customer, 200),
                "OrderCancelled"));

        assertThat(balance(customer)).isEqualTo(2_900);
        assertThat(ledgerRows(customer)).isEqualTo(3);
        assertThat(processed(secondCancel)).isTrue();
        assertThat(publicationsContaining(cancelId)).isEqualTo(1);
        assertThat(publicationsContaining(secondCancel)).isZero();
    }

    @Test
    void aCancelWithoutPriorCreditReversesNothingButIsRecordedAsProcessed() {
        long customer = TestCustomers.create(jdbc, 500);
        String order = newOrderNumber();
        String cancelId = newEventId();

        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancelled(cancelId, order, customer, 100),
                "OrderCancelled"));

        assertThat(balance(customer)).isEqualTo(500);
        assertThat(ledgerRows(customer)).isEqualTo(1);
        assertThat(processed(cancelId)).isTrue();
    }

    /**
     * After a broker outage (or with two order-service instances) an OrderCancelled can arrive before its
     * OrderPlaced. The cancel is remembered; the late OrderPlaced then credits nothing and adds no preference, and is
     * recorded as processed so that its redelivery is a plain duplicate.
     */
    @Test
    void anOrderPlacedArrivingAfterItsCancellationCreditsNothing() {
        long customer = TestCustomers.create(jdbc, 800);
        String order = newOrderNumber();
        String cancelId = newEventId();
        String placedId = newEventId();
        String placed = placed(placedId, order, customer, 550, List.of(new Line("BEN-001", "beans", 2, 28000, 275)));

        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancelled(cancelId, order, customer, 550),
                "OrderCancelled"));
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed, "OrderPlaced"));
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed, "OrderPlaced"));

        assertThat(balance(customer)).isEqualTo(800);
        assertThat(lifetime(customer)).isEqualTo(800);
        assertThat(ledgerRows(customer)).as("only the opening entry").isEqualTo(1);
        assertThat(processed(cancelId)).isTrue();
        assertThat(processed(placedId)).isTrue();
        assertThat(publicationsContaining(placedId)).as("no PointsChanged").isZero();
        var preferences = json(http.getForObject("/api/customers/{id}/preferences", String.class, customer));
        assertThat(preferences.path("categories")).as("a cancelled order is no purchase").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cancelled_order WHERE order_number = :order")
                .param("order", order).query(Long.class).single()).isEqualTo(1);

        // a second cancel of the same order under another id keeps one tombstone and changes nothing
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancelled(newEventId(), order, customer, 550),
                "OrderCancelled"));
        assertThat(balance(customer)).isEqualTo(800);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cancelled_order WHERE order_number = :order")
                .param("order", order).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReversalLargerThanTheBalanceTakesWhatIsThereAndRecordsIt() {
        long customer = TestCustomers.create(jdbc, 0);
        String order = newOrderNumber();
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed(newEventId(), order, customer, 500,
                List.of(new Line("BEN-001", "beans", 1, 28000, 280))), "OrderPlaced"));
        // 400 of the 500 points were spent meanwhile (no redemption API yet: set the balance directly)
        jdbc.sql("UPDATE points_account SET balance = 100 WHERE customer_id = :id").param("id", customer).update();

        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, cancelled(newEventId(), order, customer, 500),
                "OrderCancelled"));

        assertThat(balance(customer)).isZero();
        assertThat(lifetime(customer)).isZero();
        var points = json(http.getForObject("/api/customers/{id}/points", String.class, customer));
        assertThat(points.at("/ledger/0/delta").asLong()).isEqualTo(-100);
        assertThat(points.at("/ledger/0/reason").asText())
                .isEqualTo("ORDER_CANCELLED " + order + " (credited 500, balance had 100)");
    }

    @Test
    void deliveryUpdatesAndUnknownTypesAreSkippedWithOrWithoutTheTypeHeader() {
        long customer = TestCustomers.create(jdbc, 700);
        String order = newOrderNumber();
        String withHeader = newEventId();
        String withoutHeader = newEventId();

        kafka().send(ORDERS, order, deliveryUpdated(withHeader, order, customer), "DeliveryUpdated");
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, deliveryUpdated(withoutHeader, order, customer),
                null));

        assertThat(processed(withHeader)).isFalse();
        assertThat(processed(withoutHeader)).isFalse();
        assertThat(balance(customer)).isEqualTo(700);
        assertThat(ledgerRows(customer)).isEqualTo(1);
    }

    @Test
    void purchasedCategoriesBecomePreferencesUsedForTargeting() {
        long customer = TestCustomers.create(jdbc, 0);
        String order = newOrderNumber();
        kafka().awaitConsumed(GROUP, kafka().send(ORDERS, order, placed(newEventId(), order, customer, 180,
                List.of(new Line("CHO-001", "dessert", 2, 6500, 65), new Line("CHE-001", "dessert", 1, 6800, 68),
                        new Line("GRT-001", "tea", 1, 5500, 55))), "OrderPlaced"));

        var preferences = json(http.getForObject("/api/customers/{id}/preferences", String.class, customer));
        assertThat(preferences.at("/categories/0/category").asText()).isEqualTo("dessert");
        assertThat(preferences.at("/categories/0/score").asLong()).isEqualTo(3);
        assertThat(preferences.at("/categories/1/category").asText()).isEqualTo("tea");
        assertThat(preferences.at("/categories/1/score").asLong()).isEqualTo(1);

        var targeted = json(http.getForObject("/api/customers?category=tea&minGrade=BRONZE", String.class));
        assertThat(targeted.findValuesAsText("id")).contains(String.valueOf(customer));
        var notTargeted = json(http.getForObject("/api/customers?category=beans", String.class));
        assertThat(notTargeted.findValuesAsText("id")).doesNotContain(String.valueOf(customer));
    }

    private List<ConsumerRecord<String, String>> pointsChangedFor(long customer, int atLeast) {
        return customerEvents.awaitMatching(record -> record.key().equals(String.valueOf(customer))
                && json(record).get("type").asText().equals("PointsChanged"), atLeast);
    }
}
