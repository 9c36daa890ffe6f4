package dev.commerce.order.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.order.support.Api;
import dev.commerce.order.support.CuttableLink;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.FreePort;
import dev.commerce.order.support.LateKafkaBroker;
import dev.commerce.order.support.OrderTopicProbe;
import dev.commerce.order.support.TestDatabase;
import dev.commerce.order.support.TestProbes;
import dev.commerce.order.support.TestProfiles;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker is unreachable while orders are placed and cancelled: the requests succeed, the events wait in the
 * outbox, and all of them arrive once the broker is reachable again, each order's events in the order they
 * happened. Its own context and database (another context's relay must not take lanes of this outbox): Kafka is
 * reached through a {@link CuttableLink} the tests cut and restore.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the producer notices a dead connection sooner: the same path, shorter
        "commerce.outbox.producer.request-timeout=1s",
        "commerce.outbox.metrics-cache=0s"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestProbes.class)
@AutoConfigureObservability
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsWhileBrokerDownIT {

    private static final int LINK_PORT = FreePort.find();
    private static final CuttableLink LINK = new CuttableLink(LINK_PORT, FreePort.find());
    private static LateKafkaBroker broker;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private OrderTopicProbe topic;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        LINK.restore();
        broker = LateKafkaBroker.start(LINK.targetPort(), LINK_PORT, "commerce.orders");
        // the service starts without ever having reached the broker
        LINK.cut();
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + LINK_PORT);
        registry.add("ITEM_SERVICE_URL", Downstream::itemUrl);
        registry.add("CUSTOMER_SERVICE_URL", Downstream::customerUrl);
        TestDatabase.separate(TestDatabase.NAME + "_outage").forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        LINK.close();
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    @Order(1)
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() {
        Api api = new Api(port);
        Downstream.reset();
        Downstream.customerExists(60);
        Downstream.reservationSucceeds(LATTE.times(1));

        Api.Reply placed = api.postJson("/api/orders", "{\"customerId\":60,\"lines\":[{\"itemId\":2,\"quantity\":1}]}");
        Api.Reply other = api.postJson("/api/orders", "{\"customerId\":60,\"lines\":[{\"itemId\":2,\"quantity\":1}]}");
        assertThat(placed.status()).as("ordering works without the broker").isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        String first = placed.body().path("orderNumber").asText();
        String second = other.body().path("orderNumber").asText();
        assertThat(api.postJson("/api/orders/" + second + "/cancel", "{\"reason\":\"broker down\"}").status())
                .isEqualTo(200);

        // send attempts fail meanwhile (no metadata); the events wait in the outbox
        await().atMost(Duration.ofSeconds(20)).until(() -> failedSends() >= 2);
        assertThat(incomplete(first)).isEqualTo(1);
        assertThat(incomplete(second)).isEqualTo(2);
        assertThat(meters.get("outbox.backlog.events").gauge().value()).isEqualTo(3);
        assertThat(topic.records(first)).isEmpty();

        LINK.restore();

        JsonNode firstPlaced = topic.awaitOne(first, "OrderPlaced");
        topic.awaitOne(second, "OrderPlaced");
        JsonNode cancelled = topic.awaitOne(second, "OrderCancelled");
        assertThat(firstPlaced.path("data").path("orderNumber").asText()).isEqualTo(first);
        assertThat(cancelled.path("data").path("reason").asText()).isEqualTo("broker down");
        await().until(() -> incomplete(first) == 0 && incomplete(second) == 0);
        assertThat(meters.get("outbox.backlog.events").gauge().value()).isZero();
        assertThat(typesInArrivalOrder(second)).containsExactly("OrderPlaced", "OrderCancelled");
        // a resend may duplicate a record, never invent a new event: every copy carries the same event id
        List<String> ids = topic.envelopes(first, "OrderPlaced").stream().map(e -> e.path("id").asText()).toList();
        assertThat(ids).containsOnly(firstPlaced.path("id").asText());
    }

    /**
     * The broker goes away while the producer knows it: OrderPlaced and the OrderCancelled behind it wait in the
     * producer (which never gives a record up while the broker is merely away) and go out once the link is back,
     * OrderPlaced first: the cancel can never overtake it.
     */
    @Test
    @Order(2)
    void anOrderCancelledWhileItsOrderPlacedFailsNeverReachesTheTopicFirst() throws InterruptedException {
        LINK.restore();
        Api api = new Api(port);
        Downstream.reset();
        Downstream.customerExists(61);
        Downstream.reservationSucceeds(LATTE.times(1));
        String warmUp = place(api);
        topic.awaitOne(warmUp, "OrderPlaced");

        LINK.cut();
        String order = place(api);
        assertThat(api.postJson("/api/orders/" + order + "/cancel", "{\"reason\":\"changed my mind\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(order) == 2);
        Thread.sleep(3000); // longer than the producer's request timeout: its requests into the cut link time out
        assertThat(topic.records(order)).isEmpty();
        LINK.restore();

        topic.awaitOne(order, "OrderPlaced");
        topic.awaitOne(order, "OrderCancelled");
        await().until(() -> incomplete(order) == 0);
        assertThat(typesInArrivalOrder(order)).containsExactly("OrderPlaced", "OrderCancelled");
    }

    private String place(Api api) {
        Api.Reply reply = api.postJson("/api/orders", "{\"customerId\":61,\"lines\":[{\"itemId\":2,\"quantity\":1}]}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("orderNumber").asText();
    }

    /** The event types of one order by offset, each at its first arrival (a resend may repeat one later). */
    private List<String> typesInArrivalOrder(String orderNumber) {
        return topic.records(orderNumber).stream().map(record -> OrderTopicProbe.header(record, "ce_type"))
                .distinct().toList();
    }

    private double failedSends() {
        return meters.find("outbox.failures").counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private int incomplete(String orderNumber) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE record_key = ?", Integer.class,
                orderNumber);
        return count == null ? 0 : count;
    }
}
