package dev.commerce.item.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context most integration tests share: the real application on a random port, the
 * machine's MariaDB (or H2), a real embedded KRaft broker. Tests create their own items and never touch the
 * demo catalogue, so they stay independent in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // 200 reservations of one item queue behind its row lock; on a busy CI machine that takes a while
        "spring.datasource.hikari.connection-timeout=120000"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked; Prometheus is tested
public abstract class IntegrationTestBase {

    private static final AtomicInteger SKUS = new AtomicInteger(100_000);
    private static final AtomicInteger ORDERS = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeEach
    void connectApi() {
        api = new Api(port);
    }

    protected static String newSku() {
        return "TST-" + SKUS.incrementAndGet();
    }

    protected static String newOrderNumber() {
        return "ORD-" + RUN + "-" + ORDERS.incrementAndGet();
    }

    /** A fresh item of the test category, created through the API as an operator would. */
    protected CreatedItem createItem(int stock) {
        String sku = newSku();
        var reply = api.post("/api/items", """
                {"sku":"%s","name":"테스트 상품 %s","category":"test","price":1200,"stock":%d,"points":12}"""
                .formatted(sku, sku, stock));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new CreatedItem(reply.json().path("id").asLong(), sku);
    }

    protected int stockOf(long itemId) {
        return jdbc.queryForObject("SELECT stock FROM item WHERE id = ?", Integer.class, itemId);
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    protected record CreatedItem(long id, String sku) {
    }
}
