package dev.commerce.item.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.commerce.item.support.IntegrationTestBase;
import dev.commerce.item.support.TopicRecords;
import dev.commerce.support.outbox.Lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StockEventsIT extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private TopicRecords topic;

    @BeforeEach
    void subscribe() {
        topic = new TopicRecords(broker.getBrokersAsString(), "commerce.items");
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void aReservationThatTakesTheLastUnitsPublishesStockChangedAndStockDepleted() {
        var item = createItem(2);
        String order = newOrderNumber();

        var reply = api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":2}]}""".formatted(order, item.id()), TRACEPARENT);
        assertThat(reply.status()).isEqualTo(201);

        var changed = topic.awaitAtLeast(1, r -> item.sku().equals(r.key()) && r.type().equals("StockChanged")
                && r.data().path("reason").asText().equals("RESERVED"), WAIT).get(0);
        assertThat(changed.ceType()).isEqualTo("StockChanged");
        assertThat(changed.value().path("specversion").asText()).isEqualTo("1.0");
        assertThat(UUID.fromString(changed.id())).isNotNull();
        assertThat(changed.value().path("source").asText()).isEqualTo("/item-service");
        assertThat(Instant.parse(changed.value().path("time").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(changed.value().path("subject").asText()).isEqualTo(item.sku());
        assertThat(changed.value().path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(changed.value().path("traceparent").asText()).isEqualTo(TRACEPARENT);
        assertThat(changed.data().toString()).isEqualTo("""
                {"itemId":%d,"sku":"%s","name":"테스트 상품 %s","category":"test","stock":0,"delta":-2,"reason":"RESERVED","orderNumber":"%s"}"""
                .formatted(item.id(), item.sku(), item.sku(), order));

        var depleted = topic.awaitAtLeast(1, r -> item.sku().equals(r.key()) && r.type().equals("StockDepleted"), WAIT)
                .get(0);
        assertThat(depleted.ceType()).isEqualTo("StockDepleted");
        assertThat(depleted.id()).isNotEqualTo(changed.id());
        assertThat(depleted.data().toString()).isEqualTo("""
                {"itemId":%d,"sku":"%s","name":"테스트 상품 %s","category":"test","orderNumber":"%s"}"""
                .formatted(item.id(), item.sku(), item.sku(), order));
    }

    @Test
    void releaseAndAdjustmentPublishStockChangedWithTheirReasons() {
        var item = createItem(5);
        String order = newOrderNumber();
        api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":3}]}""".formatted(order, item.id()));
        api.delete("/api/reservations/" + order);
        api.put("/api/items/" + item.id(), """
                {"name":"새 이름","category":"test","price":1200,"stock":0,"points":12}""");

        var events = topic.awaitAtLeast(5, r -> item.sku().equals(r.key()), WAIT);

        // one sku's events are on the topic in the order their transactions committed
        assertThat(events).extracting(r -> r.type() + " " + r.data().path("reason").asText() + " "
                + r.data().path("delta").asInt() + " -> " + r.data().path("stock").asInt())
                .containsExactly(
                        "StockChanged ADJUSTED 5 -> 5",
                        "StockChanged RESERVED -3 -> 2",
                        "StockChanged RELEASED 3 -> 5",
                        "StockChanged ADJUSTED -5 -> 0",
                        "StockDepleted  0 -> 0");
        var adjustment = events.stream().filter(r -> r.data().path("delta").asInt() == -5).findFirst().orElseThrow();
        assertThat(adjustment.data().path("orderNumber").isNull()).isTrue();
        assertThat(adjustment.data().path("name").asText()).isEqualTo("새 이름");
        assertThat(adjustment.value().has("traceparent")).isFalse();
        assertThat(events).extracting(TopicRecords.Received::id).doesNotHaveDuplicates();
    }

    @Test
    void anEventWhoseRowOutlivedItsAcknowledgementIsSentAgainWithTheSameIdAndValue() {
        var item = createItem(4);
        var first = topic.awaitAtLeast(1, r -> item.sku().equals(r.key()), WAIT).get(0);
        await().atMost(WAIT).until(() -> pending(first.id()) == 0);

        // as if the service died after the broker acknowledged but before the row was deleted
        jdbc.update("""
                INSERT INTO outbox_event (lane, topic, record_key, event_id, event_type, headers, payload, created_at)
                VALUES (?, 'commerce.items', ?, ?, 'StockChanged', ?, ?, CURRENT_TIMESTAMP)""",
                Lanes.of(item.sku()), item.sku(), first.id(),
                "content-type: application/cloudevents+json; charset=UTF-8\n", first.rawValue());

        var both = topic.awaitAtLeast(2, r -> item.sku().equals(r.key()), WAIT);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).id()).isEqualTo(first.id());
        assertThat(both.get(1).rawValue()).isEqualTo(first.rawValue());
        assertThat(both.get(1).ceType()).isEqualTo("StockChanged");
        await().atMost(WAIT).until(() -> pending(first.id()) == 0);
    }

    @Test
    void everyEventLeavesTheOutboxOnceTheBrokerAcknowledgedIt() {
        var item = createItem(3);
        api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":3}]}""".formatted(newOrderNumber(), item.id()));

        var events = topic.awaitAtLeast(3, r -> item.sku().equals(r.key()), WAIT);

        events.forEach(event -> await().atMost(WAIT).until(() -> pending(event.id()) == 0));
    }

    private int pending(String eventId) {
        return count("SELECT COUNT(*) FROM outbox_event WHERE event_id = ?", eventId);
    }
}
