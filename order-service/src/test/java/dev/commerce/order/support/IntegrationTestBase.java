package dev.commerce.order.support;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application context for all main integration tests: the real service on a random port, the test database
 * (MariaDB when reachable), an embedded KRaft broker, and WireMock in place of item-service and customer-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1, topics = "commerce.orders",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestProbes.class)
// Tracing propagation and the Prometheus registry are switched off in Spring Boot tests unless asked for.
@AutoConfigureObservability
public abstract class IntegrationTestBase {

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected OrderTopicProbe topic;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Autowired
    private CommittedOrderEvents committedEvents;

    protected Api api;

    static {
        // Under a loaded CI machine background work (outbox, releases) can take seconds; failures still fail.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @DynamicPropertySource
    static void downstreamServices(DynamicPropertyRegistry registry) {
        registry.add("ITEM_SERVICE_URL", Downstream::itemUrl);
        registry.add("CUSTOMER_SERVICE_URL", Downstream::customerUrl);
    }

    @BeforeEach
    void freshDownstreamAndCircuits() {
        Downstream.reset();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        // Releases left over by an earlier test would keep calling WireMock in the background.
        jdbc.update("DELETE FROM pending_release");
        api = new Api(port);
    }

    protected static String orderJson(long customerId, CatalogItem.Line... lines) {
        return """
                {"customerId":%d,"lines":[%s]}""".formatted(customerId, Stream.of(lines)
                .map(line -> "{\"itemId\":%d,\"quantity\":%d}".formatted(line.item().id(), line.quantity()))
                .collect(Collectors.joining(",")));
    }

    /** Places an order with a customer and a reservation that succeed; returns the order number. */
    protected String placeOrder(long customerId, CatalogItem.Line... lines) {
        Downstream.customerExists(customerId);
        Downstream.reservationSucceeds(lines);
        Api.Reply reply = api.postJson("/api/orders", orderJson(customerId, lines));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("orderNumber").asText();
    }

    protected Api.Reply deliveryStep(String orderNumber, String json) {
        return api.postJson("/api/orders/" + orderNumber + "/delivery-events", json);
    }

    protected int count(String sql, Object... args) {
        Integer value = jdbc.queryForObject(sql, Integer.class, args);
        return value == null ? 0 : value;
    }

    protected boolean orderExists(String orderNumber) {
        return count("SELECT COUNT(*) FROM customer_order WHERE order_number = ?", orderNumber) == 1;
    }

    /** Events of one order and type written to the outbox in a committed transaction (sent or not). */
    protected int publications(String orderNumber, String eventType) {
        return committedEvents.count(orderNumber, eventType);
    }

    protected int pendingReleases(String orderNumber) {
        return count("SELECT COUNT(*) FROM pending_release WHERE order_number = ?", orderNumber);
    }

    /**
     * Row counts of the tables holding orders and owed releases, and the number of events committed to the outbox,
     * to prove a rejected request changed nothing. (A rejected placement may have used up an order number: numbers
     * can have gaps.)
     */
    protected Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = Stream.of("customer_order", "order_line", "tracking_entry", "pending_release")
                .collect(Collectors.toMap(table -> table, table -> count("SELECT COUNT(*) FROM " + table)));
        counts.put("committed events", committedEvents.count());
        return counts;
    }

    /** The latest number item-service was asked to reserve under (numbers grow within a day). */
    protected static String lastReservedOrderNumber() {
        var requests = Downstream.reservationRequests();
        assertThat(requests).isNotEmpty();
        return requests.stream()
                .map(request -> request.getBodyAsString().replaceAll("(?s).*\"orderNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1"))
                .max(String::compareTo)
                .orElseThrow();
    }
}
