package dev.commerce.item.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

import dev.commerce.item.support.Api;
import dev.commerce.item.support.TestDatabase;
import dev.commerce.item.support.TestDatabaseProfiles;
import dev.commerce.item.support.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application starts while no broker listens on its bootstrap address, takes requests, and delivers the
 * events once a broker appears there. It has its own database so that the other test context's relay (another
 * broker) cannot take lanes of its outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.admin.auto-create=false",
        "commerce.outbox.metrics-cache=0s"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class BrokerOutageIT {

    private static final int KAFKA_PORT = freePort();
    private static final Duration WAIT = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.properties(TestDatabase.NAME + "_outage").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + KAFKA_PORT);
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAfterItIsBack() {
        var api = new Api(port);
        var created = api.post("/api/items", """
                {"sku":"OUT-000001","name":"정전 테스트","category":"test","price":100,"stock":3,"points":1}""");
        assertThat(created.status()).isEqualTo(201);
        long itemId = created.json().path("id").asLong();
        for (int i = 1; i <= 3; i++) {
            long started = System.nanoTime();
            var reply = api.post("/api/reservations", """
                    {"orderNumber":"ORD-OUTAGE-%d","lines":[{"itemId":%d,"quantity":1}]}""".formatted(i, itemId));
            assertThat(reply.status()).isEqualTo(201);
            // the request only writes its events; a request that sent them would wait for the relay's max.block.ms
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
        List<String> storedIds = jdbc.queryForList("SELECT event_id FROM outbox_event", String.class);
        assertThat(storedIds).hasSize(5); // ADJUSTED +3, RESERVED x3, StockDepleted
        assertThat(meters.get("outbox.backlog.events").gauge().value()).isEqualTo(5);
        // the broker appears only after sends have failed: what arrives then was sent again from the table
        await().atMost(WAIT).until(() -> meters.get("outbox.failures").tag("kind", "transient").counter().count() >= 1);

        // KRaft test brokers ignore kafkaPorts(); a listener property pins the port instead
        var broker = new EmbeddedKafkaKraftBroker(1, 1, "commerce.items");
        broker.brokerProperty("listeners", "EXTERNAL://localhost:" + KAFKA_PORT + ",CONTROLLER://localhost:0");
        broker.afterPropertiesSet();
        assertThat(broker.getBrokersAsString()).isEqualTo("localhost:" + KAFKA_PORT);
        try (var topic = new TopicRecords(broker.getBrokersAsString(), "commerce.items")) {
            var arrived = topic.awaitAtLeast(5, record -> "OUT-000001".equals(record.key()), WAIT);

            assertThat(arrived).extracting(TopicRecords.Received::id).containsAll(storedIds);
            assertThat(arrived).extracting(TopicRecords.Received::type)
                    .containsOnly("StockChanged", "StockDepleted");
            assertThat(arrived).extracting(record -> record.data().path("stock").asInt())
                    .as("in commit order").startsWith(3, 2, 1, 0);
            await().atMost(WAIT).until(() -> meters.get("outbox.backlog.events").gauge().value() == 0);
            assertThat(meters.get("outbox.acks").counter().count()).isGreaterThanOrEqualTo(5);
        } finally {
            broker.destroy();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
