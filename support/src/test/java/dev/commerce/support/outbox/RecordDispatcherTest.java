package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The failure handling of one lane, with a producer whose answers the test gives (and an H2 table). */
class RecordDispatcherTest {

    private static final long BACKOFF = OutboxProperties.defaults().retryBackoff().toMillis();

    private final MockProducer<String, String> producer =
            new MockProducer<>(false, new StringSerializer(), new StringSerializer());
    private HikariDataSource database;
    private LaneOwnership lanes;
    private RecordDispatcher dispatcher;
    private long now;

    @BeforeEach
    void setUp() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        database = new HikariDataSource(config);
        TestDatabase.reset(database);
        OutboxProperties properties = OutboxProperties.defaults();
        lanes = new LaneOwnership(new LaneLeases(database), "relay-a", properties);
        dispatcher = new RecordDispatcher(new OutboxStore(database), () -> producer, properties,
                new RelayMetrics(new SimpleMeterRegistry(), "relay-a", () -> 0), new OutboxSignal(), "relay-a");
        now = System.currentTimeMillis();
        lanes.refreshIfDue(now, dispatcher.inFlight());
        assertThat(lanes.count()).isEqualTo(Lanes.COUNT);
        Outbox outbox = new Outbox(database, new OutboxSignal(), Clock.systemUTC());
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status -> {
            for (int seq = 1; seq <= 3; seq++) {
                outbox.append(OutboxHarness.record("t", "ORD-1", seq));
            }
        });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void recordsGoOutWithoutWaitingAndAcknowledgedOnesAreDeleted() {
        dispatcher.send(lanes, now);
        assertThat(sentIds()).containsExactly("ORD-1#1", "ORD-1#2", "ORD-1#3");

        producer.completeNext();
        producer.completeNext();
        dispatcher.settle(lanes, now);

        assertThat(pendingIds()).containsExactly("ORD-1#3");
        dispatcher.send(lanes, now);
        assertThat(sentIds()).as("nothing is sent twice while it is in flight").hasSize(3);
    }

    @Test
    void aFailedSendHaltsItsLaneUntilItsRecordsSettledAndTheBackoffPassedThenResendsFromTheLowestPendingId() {
        dispatcher.send(lanes, now);
        producer.errorNext(new NetworkException("connection lost"));
        dispatcher.settle(lanes, now);
        Lane lane = lanes.lane(Lanes.of("ORD-1"));
        assertThat(lane.phase()).isEqualTo(Lane.Phase.HALTED);

        dispatcher.send(lanes, now + BACKOFF);
        assertThat(sentIds()).as("halted while ORD-1#2 and #3 are in flight").hasSize(3);

        producer.completeNext();
        producer.completeNext();
        dispatcher.settle(lanes, now + 10);
        dispatcher.send(lanes, now + 10);
        assertThat(sentIds()).as("settled, but the back-off has not passed").hasSize(3);

        dispatcher.send(lanes, now + 10 + BACKOFF);
        assertThat(sentIds()).containsExactly("ORD-1#1", "ORD-1#2", "ORD-1#3", "ORD-1#1");
        assertThat(pendingIds()).containsExactly("ORD-1#1");
    }

    @Test
    void aSendThatFailsAtOnceStopsItsLaneBeforeItsNextRecordAndPausesSending() {
        producer.sendException = new TimeoutException("Topic t not present in metadata after 1000 ms.");
        dispatcher.send(lanes, now);
        producer.sendException = null;
        dispatcher.settle(lanes, now);

        dispatcher.send(lanes, now + BACKOFF - 1);
        assertThat(sentIds()).as("nothing after the record that could not be sent").isEmpty();

        dispatcher.send(lanes, now + BACKOFF);
        assertThat(sentIds()).containsExactly("ORD-1#1", "ORD-1#2", "ORD-1#3");
    }

    @Test
    void aBrokenProducerIsReplacedOnceNothingIsInFlight() {
        producer.sendException = new IllegalStateException("Cannot perform operation after producer has been closed");
        dispatcher.send(lanes, now);
        producer.sendException = null;
        dispatcher.settle(lanes, now);

        assertThat(producer.closed()).isTrue();
    }

    private List<String> sentIds() {
        return producer.history().stream().map(ProducerRecord::value)
                .map(value -> value.replaceAll(".*\"key\":\"([^\"]+)\",\"seq\":(\\d+).*", "$1#$2")).toList();
    }

    private List<String> pendingIds() {
        return new org.springframework.jdbc.core.JdbcTemplate(database)
                .queryForList("SELECT event_id FROM outbox_event ORDER BY id", String.class);
    }
}
