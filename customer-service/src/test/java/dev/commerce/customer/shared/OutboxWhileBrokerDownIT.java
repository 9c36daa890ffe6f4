package dev.commerce.customer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.customer.CustomerServiceApplication;
import dev.commerce.customer.support.KafkaTestClient;
import dev.commerce.customer.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.client.RestTemplate;

/**
 * Events written while Kafka is away are kept in the outbox and arrive once a broker is there. Runs its own
 * instance of the service (own database, no broker at start) because the shared context has a broker.
 */
class OutboxWhileBrokerDownIT {

    private ConfigurableApplicationContext app;
    private EmbeddedKafkaKraftBroker broker;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void couponsIssuedWithoutABrokerArePublishedWhenOneStarts() throws Exception {
        int kafkaPort = freePort();
        var database = TestDatabase.named("commerce_customers_outage_test");
        // command-line arguments: they take precedence over application.yml, default properties would not
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                "--spring.kafka.listener.auto-startup=false",
                "--customer.kafka.create-topics=false",
                "--commerce.outbox.metrics-cache=0s",
                "--logging.level.org.apache.kafka=OFF",
                "--logging.level.org.springframework.kafka=OFF"));
        database.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        app = new SpringApplicationBuilder(CustomerServiceApplication.class).profiles(database.profiles())
                .run(arguments.toArray(String[]::new));
        int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();
        RestTemplate rest = new RestTemplateBuilder().rootUri("http://localhost:" + httpPort).build();
        var jdbc = app.getBean(JdbcClient.class);
        var mapper = app.getBean(ObjectMapper.class);

        List<String> codes = new ArrayList<>();
        for (var campaign : List.of("OUTAGE-1", "OUTAGE-2", "OUTAGE-3")) {
            var response = rest.postForEntity("/api/customers/2/coupons",
                    Map.of("campaign", campaign, "discountPercent", 10, "validDays", 5), JsonNode.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            codes.add(response.getBody().get("code").asText());
        }
        // the sends fail (no broker): the events wait in the outbox instead of being lost
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(jdbc) == 3);
        var meters = app.getBean(MeterRegistry.class);
        assertThat(meters.get("outbox.backlog.events").gauge().value()).isEqualTo(3);
        assertThat(meters.get("outbox.oldest.event.age.seconds").gauge().value()).isPositive();

        broker = new EmbeddedKafkaKraftBroker(1, 1, "commerce.customers");
        // kafkaPorts(..) is not applied by the KRaft broker of spring-kafka-test 3.3: set the listener directly
        broker.brokerProperty("listeners", "EXTERNAL://127.0.0.1:" + kafkaPort + ",CONTROLLER://127.0.0.1:0");
        // the service's relay asks for the topic as soon as the port answers: auto-creation would win the race
        // against the broker's own createTopics and fail the start (TopicExistsException)
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.brokerListProperty("outage.test.kafka.brokers");
        broker.afterPropertiesSet();
        assertThat(broker.getBrokersAsString()).endsWith(":" + kafkaPort);

        try (var client = new KafkaTestClient(broker.getBrokersAsString());
             var topic = client.collect("commerce.customers")) {
            var records = topic.awaitMatching(record -> codes.stream().anyMatch(record.value()::contains), 3);
            for (var record : records) {
                JsonNode event = mapper.readTree(record.value());
                assertThat(record.key()).isEqualTo("2");
                assertThat(event.get("type").asText()).isEqualTo("CouponIssued");
                assertThat(event.at("/data/customerId").asLong()).isEqualTo(2);
            }
            assertThat(records).extracting(record -> mapper.readTree(record.value()).at("/data/code").asText())
                    .as("one customer's events in the order they were issued").startsWith(codes.toArray(String[]::new));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(jdbc) == 0);
        assertThat(meters.get("outbox.backlog.events").gauge().value()).isZero();
        assertThat(meters.get("outbox.lanes.owned").gauge().value()).isEqualTo(16);
        assertThat(meters.get("outbox.acks").counter().count()).isEqualTo(3);
    }

    private static long pending(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
