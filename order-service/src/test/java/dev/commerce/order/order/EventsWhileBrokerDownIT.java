package dev.commerce.order.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.order.support.Api;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.FreePort;
import dev.commerce.order.support.LateKafkaBroker;
import dev.commerce.order.support.OrderTopicProbe;
import dev.commerce.order.support.TestProbes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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
 * The broker is down while orders are placed and cancelled: the requests succeed, the events wait in the outbox,
 * and all of them arrive once a broker listens on the configured address. Its own context: Kafka points at a port
 * where nothing listens yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.orders.events.resubmit-interval=PT1S",
        "commerce.orders.events.resubmit-older-than=PT2S"})
@ActiveProfiles("it")
@Import(TestProbes.class)
@AutoConfigureObservability
@DirtiesContext
class EventsWhileBrokerDownIT {

    private static final int BROKER_PORT = FreePort.find();
    private static LateKafkaBroker broker;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private OrderTopicProbe topic;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + BROKER_PORT);
        registry.add("ITEM_SERVICE_URL", Downstream::itemUrl);
        registry.add("CUSTOMER_SERVICE_URL", Downstream::customerUrl);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
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

        // several send attempts fail meanwhile; the publications stay incomplete
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> incomplete(first) == 1 && incomplete(second) == 2);
        assertThat(topic.records(first)).isEmpty();

        broker = LateKafkaBroker.start(BROKER_PORT, "commerce.orders");

        JsonNode firstPlaced = topic.awaitOne(first, "OrderPlaced");
        topic.awaitOne(second, "OrderPlaced");
        JsonNode cancelled = topic.awaitOne(second, "OrderCancelled");
        assertThat(firstPlaced.path("data").path("orderNumber").asText()).isEqualTo(first);
        assertThat(cancelled.path("data").path("reason").asText()).isEqualTo("broker down");
        await().until(() -> incomplete(first) == 0 && incomplete(second) == 0);
        // a resend may duplicate a record, never invent a new event: every copy carries the same event id
        List<String> ids = topic.envelopes(first, "OrderPlaced").stream().map(e -> e.path("id").asText()).toList();
        assertThat(ids).containsOnly(firstPlaced.path("id").asText());
    }

    private int incomplete(String orderNumber) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND SERIALIZED_EVENT LIKE ?", Integer.class, "%\"orderNumber\":\"" + orderNumber + "\"%");
        return count == null ? 0 : count;
    }
}
