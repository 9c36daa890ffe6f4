package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.AMERICANO;
import static dev.commerce.platform.support.Shop.CAFE_LATTE;
import static dev.commerce.platform.support.Shop.DRIP_BAGS;
import static dev.commerce.platform.support.Shop.JIYOUNG;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker goes away while customers order and cancel: the requests still succeed at once, the events wait in
 * order-service's outbox, and once the broker is back every points credit and reversal arrives, each exactly once.
 */
@Order(70)
@ExtendWith(PlatformExtension.class)
class KafkaOutageIT {

    /** Requests must not wait for the broker (order-service sends events after commit, off the request thread). */
    private static final Duration QUICK = Duration.ofMillis(2500);

    private static E2ePlatform platform;
    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        platform = E2ePlatform.get();
        shop = new Shop(platform);
        topics = new KafkaTopics(platform.kafkaBootstrapServers());
    }

    @Test
    void ordersAndCancelsWhileTheBrokerIsDownReachCustomerServiceOnceItIsBack() {
        String creditedBefore = shop.placeOk(MINSU, line(CAFE_LATTE, 1)).path("orderNumber").asText();
        await().until(() -> shop.ledgerFor(MINSU, creditedBefore).size() == 1);
        JsonNode minsuBefore = shop.points(MINSU);
        JsonNode jiyoungBefore = shop.points(JIYOUNG);

        platform.stop(E2ePlatform.KAFKA);
        String placed;
        String placedAndCancelled;
        try {
            Http.Response first = shop.place(MINSU, line(DRIP_BAGS, 2));
            Http.Response second = shop.place(JIYOUNG, line(AMERICANO, 3));
            assertQuick(first, 201);
            assertQuick(second, 201);
            placed = first.json().path("orderNumber").asText();
            placedAndCancelled = second.json().path("orderNumber").asText();
            assertQuick(shop.cancel(placedAndCancelled, "브로커 장애 중 취소"), 200);
            assertQuick(shop.cancel(creditedBefore, "브로커 장애 중 취소"), 200);

            // Keep the broker away until the events have waited longer than the producer's request timeout (5 s):
            // its requests into the dead broker time out and the relay's producer retries them, while the rows stay
            // in the outbox until a broker acknowledges them.
            awaitEventsWaiting();
            assertThat(Shop.metric(shop.orders(), "orders_outbox_incomplete")).isGreaterThanOrEqualTo(4);
            assertThat(shop.points(MINSU)).isEqualTo(minsuBefore);
            assertThat(shop.points(JIYOUNG)).isEqualTo(jiyoungBefore);
        } finally {
            platform.start(E2ePlatform.KAFKA);
        }

        // nothing lost: every credit and reversal arrives
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(shop.ledgerFor(MINSU, placed)).hasSize(1);
            assertThat(shop.ledgerFor(JIYOUNG, placedAndCancelled)).hasSize(2);
            assertThat(shop.ledgerFor(MINSU, creditedBefore)).hasSize(2);
        });
        // exactly once: wait until every event (resubmitted copies included) is on the topic and consumed
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(Shop.metric(shop.orders(), "orders_outbox_incomplete")).isZero();
            assertThat(topics.consumedToEnd("customer-service", KafkaTopics.ORDERS)).isTrue();
        });
        // the lag an operator watches: customer-service's consumers (client ids name the group) report it
        assertThat(shop.customers().getText("/actuator/prometheus").body())
                .contains("kafka_consumer_fetch_manager_records_lag_max{").contains("consumer-customer-service-");

        // item-service's StockChanged events of the outage waited in its own outbox and arrive as well
        await().untilAsserted(() -> assertThat(topics.readAll(KafkaTopics.ITEMS)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("StockChanged");
            assertThat(e.data().path("orderNumber").asText()).isEqualTo(placed);
            assertThat(e.data().path("reason").asText()).isEqualTo("RESERVED");
            assertThat(e.data().path("delta").asInt()).isEqualTo(-2);
        }));

        List<Event> events = topics.readAll(KafkaTopics.ORDERS);
        Event placedEvent = only(events, placed, "OrderPlaced");
        Event secondPlaced = only(events, placedAndCancelled, "OrderPlaced");
        Event secondCancelled = only(events, placedAndCancelled, "OrderCancelled");
        Event firstCancelled = only(events, creditedBefore, "OrderCancelled");

        assertThat(shop.ledgerFor(MINSU, placed)).singleElement().satisfies(entry -> {
            assertThat(entry.path("eventId").asText()).isEqualTo(placedEvent.id());
            assertThat(entry.path("delta").asLong()).isEqualTo(2 * 150);
        });
        assertThat(shop.ledgerFor(JIYOUNG, placedAndCancelled))
                .extracting(entry -> entry.path("eventId").asText(), entry -> entry.path("delta").asLong())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(secondPlaced.id(), 3L * 45),
                        org.assertj.core.groups.Tuple.tuple(secondCancelled.id(), -3L * 45));
        assertThat(shop.ledgerFor(MINSU, creditedBefore).get(0).path("eventId").asText())
                .isEqualTo(firstCancelled.id());
        assertThat(shop.ledgerFor(MINSU, creditedBefore).get(0).path("delta").asLong()).isEqualTo(-50);

        assertThat(shop.balance(MINSU)).isEqualTo(minsuBefore.path("balance").asLong() + 2 * 150 - 50);
        assertThat(shop.balance(JIYOUNG)).isEqualTo(jiyoungBefore.path("balance").asLong());
        System.out.println("[e2e] commerce.orders records per event id after the outage: " + events.stream()
                .filter(e -> List.of(placed, placedAndCancelled, creditedBefore).contains(e.key()))
                .collect(Collectors.groupingBy(e -> e.type() + " " + e.key(), Collectors.counting())));
    }

    /**
     * An order placed and cancelled while the broker is away must end without points. Both events wait in the
     * outbox and the relay's producer; they reach the topic in commit order once the broker answers (one lane, one
     * idempotent producer), and customer-service would still end at zero net points if a cancel came first.
     */
    @Test
    void anOrderPlacedAndCancelledDuringTheOutageEndsWithoutPoints() {
        // a running shop: order-service's producer has sent before and knows the partitions' leader
        String earlier = shop.placeOk(MINSU, line(CAFE_LATTE, 1)).path("orderNumber").asText();
        await().until(() -> shop.ledgerFor(MINSU, earlier).size() == 1);
        JsonNode before = shop.points(MINSU);

        platform.stop(E2ePlatform.KAFKA);
        String number;
        try {
            Http.Response placed = shop.place(MINSU, line(DRIP_BAGS, 1));
            assertQuick(placed, 201);
            number = placed.json().path("orderNumber").asText();
            assertQuick(shop.cancel(number, "장애 중 주문 후 바로 취소"), 200);
            awaitEventsWaiting();
            assertThat(Shop.metric(shop.orders(), "orders_outbox_incomplete")).isGreaterThanOrEqualTo(2);
        } finally {
            platform.start(E2ePlatform.KAFKA);
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(Shop.metric(shop.orders(), "orders_outbox_incomplete")).isZero();
            assertThat(topics.consumedToEnd("customer-service", KafkaTopics.ORDERS)).isTrue();
        });
        List<Event> events = topics.readAll(KafkaTopics.ORDERS);
        System.out.println("[e2e] arrival order of " + number + ": " + events.stream()
                .filter(e -> number.equals(e.key())).map(Event::type).toList());
        assertThat(shop.ledgerFor(MINSU, number).stream().mapToLong(entry -> entry.path("delta").asLong()).sum())
                .as("points %s still holds: %s", number, shop.ledgerFor(MINSU, number)).isZero();
        assertThat(shop.balance(MINSU)).isEqualTo(before.path("balance").asLong());
    }

    /** The oldest unacknowledged event in order-service's outbox is older than the producer's request timeout. */
    private static void awaitEventsWaiting() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                Shop.metric(shop.orders(), "outbox_oldest_event_age_seconds")).isGreaterThanOrEqualTo(8));
    }

    private static void assertQuick(Http.Response response, int status) {
        System.out.println("[e2e] broker down: " + response.request() + " -> " + response.status() + " in "
                + response.took().toMillis() + " ms");
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.took()).as("%s", response).isLessThan(QUICK);
    }

    /** The one event (by id) of this type for the order; resubmitted copies carry the same id. */
    private static Event only(List<Event> events, String orderNumber, String type) {
        Map<String, Event> byId = events.stream()
                .filter(e -> orderNumber.equals(e.key()) && type.equals(e.type()))
                .collect(Collectors.toMap(Event::id, e -> e, (a, b) -> a));
        assertThat(byId).as("%s of %s", type, orderNumber).hasSize(1);
        return byId.values().iterator().next();
    }
}
