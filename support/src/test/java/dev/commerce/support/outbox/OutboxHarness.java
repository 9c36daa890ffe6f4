package dev.commerce.support.outbox;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outbox and its relays wired by hand, without any service: the "service" appends through its own pool, and
 * every relay has its own pool and producer, as a replica would. Events carry their sequence number within their
 * aggregate, taken under the aggregate's row lock in the appending transaction, as the services do.
 */
final class OutboxHarness implements AutoCloseable {

    final HikariDataSource serviceDb;
    final JdbcTemplate jdbc;
    final OutboxSignal signal = new OutboxSignal();
    final Outbox outbox;
    final TransactionTemplate transaction;
    private final String bootstrapServers;
    private final List<OutboxRelay> relays = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    OutboxHarness(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.serviceDb = TestDatabase.pool("service", 10);
        TestDatabase.reset(serviceDb);
        this.jdbc = new JdbcTemplate(serviceDb);
        this.outbox = new Outbox(serviceDb, signal, Clock.systemUTC());
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(serviceDb));
    }

    static OutboxProperties properties(Duration memberTimeout, Duration lease) {
        OutboxProperties d = OutboxProperties.defaults();
        return new OutboxProperties(true, true, "", d.batchSize(), d.maxInFlight(), d.pollInterval(),
                Duration.ofMillis(500), memberTimeout, lease, Duration.ofMillis(300), d.parkAfter(),
                d.stopTimeout(), Duration.ZERO, d.producer());
    }

    OutboxRelay relay(String member, OutboxProperties properties, OutboxSignal wakeUps) {
        HikariDataSource pool = TestDatabase.pool(member, 3);
        pools.add(pool);
        Map<String, Object> config = RelayProducerConfig.of(Map.of("bootstrap.servers", bootstrapServers),
                properties.producer(), "outbox-" + member);
        OutboxRelay relay = new OutboxRelay(pool,
                () -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()), member,
                properties, wakeUps, new SimpleMeterRegistry(), Clock.systemUTC());
        relays.add(relay);
        return relay;
    }

    void createAggregates(List<String> keys) {
        jdbc.batchUpdate("INSERT INTO test_aggregate (id, version) VALUES (?, 0)",
                keys.stream().map(key -> new Object[] {key}).toList());
    }

    /** One event of the aggregate, numbered under its row lock, appended in the same transaction. */
    int append(String topic, String key) {
        return transaction.execute(status -> {
            jdbc.update("UPDATE test_aggregate SET version = version + 1 WHERE id = ?", key);
            int seq = jdbc.queryForObject("SELECT version FROM test_aggregate WHERE id = ?", Integer.class, key);
            outbox.append(record(topic, key, seq));
            return seq;
        });
    }

    static OutboxRecord record(String topic, String key, int seq) {
        String eventId = key + "#" + seq;
        return new OutboxRecord(topic, key, eventId, "TestEvent", "{\"key\":\"" + key + "\",\"seq\":" + seq + "}",
                Map.of("ce_id", eventId, "content-type", "application/cloudevents+json"));
    }

    int pendingRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Integer.class);
    }

    Map<String, Object> pendingByLane() {
        Map<String, Object> pending = new java.util.TreeMap<>();
        jdbc.query("SELECT lane, COUNT(*) FROM outbox_event GROUP BY lane", row -> {
            pending.put(String.valueOf(row.getInt(1)), row.getLong(2));
        });
        return pending;
    }

    Map<String, Object> laneOwners() {
        Map<String, Object> owners = new java.util.TreeMap<>();
        jdbc.query("SELECT lane, owner FROM outbox_lane", row -> {
            owners.put(String.valueOf(row.getInt(1)), row.getString(2));
        });
        return owners;
    }

    @Override
    public void close() {
        relays.forEach(OutboxRelay::stop);
        pools.forEach(HikariDataSource::close);
        serviceDb.close();
    }
}
