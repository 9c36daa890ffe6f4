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
                "--spring.kafka.producer.properties.max.block.ms=500",
                "--customer.kafka.create-topics=false",
                "--customer.outbox.resubmit-interval=PT1S",
                "--customer.outbox.resubmit-older-than=PT1S",
                "--logging.level.org.apache.kafka=OFF",
                "--logging.level.org.springframework.kafka=OFF",
                "--logging.level.org.springframework.modulith=WARN",
                "--logging.level.org.springframework.transaction.event=OFF"));
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
        // the sends fail (no broker): the publications stay incomplete instead of being lost
        await().atMost(Duration.ofSeconds(30)).until(() -> incomplete(jdbc) == 3);

        broker = new EmbeddedKafkaKraftBroker(1, 1, "commerce.customers");
        // kafkaPorts(..) is not applied by the KRaft broker of spring-kafka-test 3.3: set the listener directly
        broker.brokerProperty("listeners", "EXTERNAL://127.0.0.1:" + kafkaPort + ",CONTROLLER://127.0.0.1:0");
        // the service's resubmissions ask for the topic as soon as the port answers: auto-creation would win the race
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
                    .containsAll(codes);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> incomplete(jdbc) == 0);
    }

    private static long incomplete(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .query(Long.class).single();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
