package dev.commerce.customer.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Shared plumbing of the integration tests; every subclass runs in the same application context. */
@IntegrationTest
public abstract class IntegrationTestBase {

    protected static final String ORDERS = "commerce.orders";
    protected static final String ORDERS_DLT = "commerce.orders.DLT";
    protected static final String CUSTOMERS = "commerce.customers";
    protected static final String GROUP = "customer-service";

    private static KafkaTestClient kafkaClient;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ObjectMapper objectMapper;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void connectKafkaClient() {
        if (kafkaClient == null) {
            kafkaClient = new KafkaTestClient(broker.getBrokersAsString());
        }
    }

    @AfterAll
    static void closeKafkaClient() {
        if (kafkaClient != null) {
            kafkaClient.close();
            kafkaClient = null;
        }
    }

    protected KafkaTestClient kafka() {
        return kafkaClient;
    }

    protected long balance(long customerId) {
        return jdbc.sql("SELECT balance FROM points_account WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    protected long lifetime(long customerId) {
        return jdbc.sql("SELECT lifetime FROM points_account WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    protected String grade(long customerId) {
        return jdbc.sql("SELECT grade FROM points_account WHERE customer_id = :id").param("id", customerId)
                .query(String.class).single();
    }

    protected long ledgerRows(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM points_ledger WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    protected boolean processed(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = :id AND consumer = 'customer-service'")
                .param("id", eventId).query(Long.class).single() == 1;
    }

    /**
     * Events whose record contains the text (e.g. a source event id), published or about to be: once no outbox row
     * holds it any more, the records on {@code commerce.customers} that contain it.
     */
    protected long publicationsContaining(String text) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM outbox_event WHERE payload LIKE :pattern")
                .param("pattern", "%" + text + "%").query(Long.class).single() == 0);
        try (var topic = kafka().collect(CUSTOMERS)) {
            return topic.untilEnd().stream().filter(record -> record.value().contains(text)).count();
        }
    }

    protected JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return objectMapper.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + record.value(), e);
        }
    }

    protected JsonNode json(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
