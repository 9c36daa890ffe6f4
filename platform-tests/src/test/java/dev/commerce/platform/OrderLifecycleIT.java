package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.AMERICANO;
import static dev.commerce.platform.support.Shop.CAFE_LATTE;
import static dev.commerce.platform.support.Shop.CHOCO_CAKE;
import static dev.commerce.platform.support.Shop.HOUSE_BLEND;
import static dev.commerce.platform.support.Shop.MINSU;
import static dev.commerce.platform.support.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.E2ePlatform;
import dev.commerce.platform.support.Http;
import dev.commerce.platform.support.KafkaTopics;
import dev.commerce.platform.support.KafkaTopics.Event;
import dev.commerce.platform.support.PlatformExtension;
import dev.commerce.platform.support.Shop;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order's life across the three real services: order-service reserves stock in item-service over HTTP, its
 * OrderPlaced / OrderCancelled events travel through the real broker, and customer-service credits and reverses
 * the points exactly once.
 */
@Order(10)
@ExtendWith(PlatformExtension.class)
class OrderLifecycleIT {

    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        shop = new Shop(E2ePlatform.get());
        topics = new KafkaTopics(E2ePlatform.get().kafkaBootstrapServers());
    }

    @Test
    void placingAnOrderTakesTheStockAndCreditsThePointsThroughKafka() {
        Map<Long, Integer> stockBefore = shop.stocks(AMERICANO, HOUSE_BLEND);
        JsonNode pointsBefore = shop.points(MINSU);

        JsonNode order = shop.placeOk(MINSU, line(AMERICANO, 2), line(HOUSE_BLEND, 1));

        String number = order.path("orderNumber").asText();
        assertThat(number).matches("ORD-\\d{8}-\\d{4,}");
        assertThat(order.path("status").asText()).isEqualTo("PLACED");
        assertThat(order.path("customerId").asLong()).isEqualTo(MINSU);
        assertThat(order.path("total").asLong()).isEqualTo(2 * 4500 + 28000);
        assertThat(order.path("points").asLong()).isEqualTo(2 * 45 + 280);
        assertThat(order.path("lines").get(0).path("sku").asText()).isEqualTo("AMR-001");
        assertThat(order.path("lines").get(0).path("name").asText()).isEqualTo("아메리카노");
        assertThat(order.path("lines").get(1).path("unitPrice").asLong()).isEqualTo(28000);

        // item-service took the stock before order-service answered
        assertThat(shop.stocks(AMERICANO, HOUSE_BLEND)).containsExactlyInAnyOrderEntriesOf(Map.of(
                AMERICANO, stockBefore.get(AMERICANO) - 2, HOUSE_BLEND, stockBefore.get(HOUSE_BLEND) - 1));
        assertThat(shop.reservation(number).json().path("status").asText()).isEqualTo("RESERVED");

        Event placed = await().until(() -> single(KafkaTopics.ORDERS, number, "OrderPlaced"), e -> e != null);
        assertThat(placed.key()).isEqualTo(number);
        assertThat(placed.ceType()).isEqualTo("OrderPlaced");
        assertThat(placed.envelope().path("source").asText()).isEqualTo("/order-service");
        assertThat(placed.data().path("points").asLong()).isEqualTo(370);
        assertThat(placed.data().path("lines").get(1).path("category").asText()).isEqualTo("beans");

        List<JsonNode> ledger = await().until(() -> shop.ledgerFor(MINSU, number), entries -> !entries.isEmpty());
        assertThat(ledger).singleElement().satisfies(entry -> {
            assertThat(entry.path("eventId").asText()).isEqualTo(placed.id());
            assertThat(entry.path("delta").asLong()).isEqualTo(370);
            assertThat(entry.path("reason").asText()).isEqualTo("ORDER_PLACED " + number);
        });
        JsonNode pointsAfter = shop.points(MINSU);
        assertThat(pointsAfter.path("balance").asLong()).isEqualTo(pointsBefore.path("balance").asLong() + 370);
        assertThat(pointsAfter.path("lifetime").asLong()).isEqualTo(pointsBefore.path("lifetime").asLong() + 370);
        assertThat(pointsAfter.path("ledger").get(0).path("eventId").asText()).isEqualTo(placed.id());

        Event pointsChanged = await().until(() -> topics.readAll(KafkaTopics.CUSTOMERS).stream()
                .filter(e -> placed.id().equals(e.data().path("sourceEventId").asText())).findFirst().orElse(null),
                e -> e != null);
        assertThat(pointsChanged.type()).isEqualTo("PointsChanged");
        assertThat(pointsChanged.key()).isEqualTo(String.valueOf(MINSU));
        assertThat(pointsChanged.data().path("delta").asLong()).isEqualTo(370);
        assertThat(pointsChanged.data().path("balance").asLong()).isEqualTo(pointsAfter.path("balance").asLong());

        assertThat(shop.orderNumbersOf(MINSU)).first().isEqualTo(number);
    }

    @Test
    void cancellingRestoresTheStockAndReversesThePointsOnce() {
        Map<Long, Integer> stockBefore = shop.stocks(CAFE_LATTE, CHOCO_CAKE);
        long balanceBefore = shop.balance(MINSU);
        JsonNode order = shop.placeOk(MINSU, line(CAFE_LATTE, 3), line(CHOCO_CAKE, 1));
        String number = order.path("orderNumber").asText();
        long points = 3 * 50 + 65;
        await().until(() -> shop.ledgerFor(MINSU, number).size() == 1);
        assertThat(shop.balance(MINSU)).isEqualTo(balanceBefore + points);

        Http.Response cancelled = shop.cancel(number, "고객 변심");

        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.order(number).path("status").asText()).isEqualTo("CANCELLED");
        // the release is owed in the cancel's transaction and sent to item-service right after the answer
        await().untilAsserted(() -> assertThat(shop.stocks(CAFE_LATTE, CHOCO_CAKE))
                .containsExactlyInAnyOrderEntriesOf(stockBefore));
        assertThat(shop.reservation(number).json().path("status").asText()).isEqualTo("RELEASED");

        Event cancelEvent = await().until(() -> single(KafkaTopics.ORDERS, number, "OrderCancelled"), e -> e != null);
        assertThat(cancelEvent.data().path("reason").asText()).isEqualTo("고객 변심");
        await().until(() -> shop.ledgerFor(MINSU, number).size() == 2);
        JsonNode reversal = shop.ledgerFor(MINSU, number).get(0);
        assertThat(reversal.path("eventId").asText()).isEqualTo(cancelEvent.id());
        assertThat(reversal.path("delta").asLong()).isEqualTo(-points);
        assertThat(reversal.path("reason").asText()).startsWith("ORDER_CANCELLED " + number);
        assertThat(shop.balance(MINSU)).isEqualTo(balanceBefore);

        // a repeated cancel answers the cancelled order and changes nothing
        Http.Response again = shop.cancel(number, "두 번째 취소");
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.stocks(CAFE_LATTE, CHOCO_CAKE)).containsExactlyInAnyOrderEntriesOf(stockBefore);

        // Kafka delivers both events once more: customer-service handles them and changes nothing
        Event placedEvent = single(KafkaTopics.ORDERS, number, "OrderPlaced");
        RecordMetadata placedAgain = topics.redeliver(KafkaTopics.ORDERS, placedEvent);
        RecordMetadata cancelledAgain = topics.redeliver(KafkaTopics.ORDERS, cancelEvent);
        awaitConsumed(placedAgain);
        awaitConsumed(cancelledAgain);

        assertThat(shop.ledgerFor(MINSU, number)).hasSize(2);
        assertThat(shop.balance(MINSU)).isEqualTo(balanceBefore);
        assertThat(topics.readAll(KafkaTopics.ORDERS).stream()
                .filter(e -> number.equals(e.key()) && "OrderCancelled".equals(e.type()))
                .map(Event::id).distinct())
                .as("one OrderCancelled event (by id) despite the second cancel")
                .containsExactly(cancelEvent.id());
    }

    /** The trace of the customer's request reaches every event it causes, in all three services. */
    @Test
    void theCallersTraceFollowsTheOrderThroughTheServicesAndTheBroker() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e" + String.format("%04x", System.nanoTime() & 0xffff);
        Http traced = shop.orders().withHeader("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

        Http.Response placed = traced.post("/api/orders", Map.of("customerId", MINSU,
                "lines", List.of(Map.of("itemId", CAFE_LATTE, "quantity", 1))));

        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        String number = placed.json().path("orderNumber").asText();
        Event orderPlaced = await().until(() -> single(KafkaTopics.ORDERS, number, "OrderPlaced"), e -> e != null);
        assertThat(traceIdOf(orderPlaced)).as("OrderPlaced %s", orderPlaced.envelope()).isEqualTo(traceId);
        Event stockChanged = await().until(() -> topics.readAll(KafkaTopics.ITEMS).stream()
                .filter(e -> number.equals(e.data().path("orderNumber").asText())).findFirst().orElse(null),
                e -> e != null);
        assertThat(traceIdOf(stockChanged)).as("StockChanged %s", stockChanged.envelope()).isEqualTo(traceId);
        Event pointsChanged = await().until(() -> topics.readAll(KafkaTopics.CUSTOMERS).stream()
                .filter(e -> orderPlaced.id().equals(e.data().path("sourceEventId").asText())).findFirst()
                .orElse(null), e -> e != null);
        assertThat(traceIdOf(pointsChanged)).as("PointsChanged %s", pointsChanged.envelope()).isEqualTo(traceId);
    }

    private static String traceIdOf(Event event) {
        String[] parts = event.envelope().path("traceparent").asText("").split("-");
        return parts.length == 4 ? parts[1] : "";
    }

    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().until(() -> topics.committedOffset("customer-service", partition) > record.offset());
    }

    /** The event of this type for the order; fails if two different events (ids) exist. */
    private static Event single(String topic, String orderNumber, String type) {
        List<Event> events = topics.readAll(topic).stream()
                .filter(e -> orderNumber.equals(e.key()) && type.equals(e.type())).toList();
        assertThat(events.stream().map(Event::id).distinct()).as("%s events of %s", type, orderNumber)
                .hasSizeLessThanOrEqualTo(1);
        return events.isEmpty() ? null : events.get(0);
    }
}
