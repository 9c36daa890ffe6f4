package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoisonRecordIT {

    private final TestBroker broker = TestBroker.shared();

    @Test
    void aRecordTooLargeForTheTopicIsParkedAndTheRestOfItsLaneGoesOn() {
        String topic = broker.newTopic(Map.of("max.message.bytes", "4096"));
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            harness.transaction.executeWithoutResult(status -> {
                harness.outbox.append(OutboxHarness.record(topic, "A", 1));
                harness.outbox.append(new OutboxRecord(topic, "A", "A#2", "TestEvent", "x".repeat(20_000),
                        Map.of("ce_id", "A#2")));
                for (int seq = 3; seq <= 6; seq++) {
                    harness.outbox.append(OutboxHarness.record(topic, "A", seq));
                }
            });
            harness.relay("relay-a", OutboxProperties.defaults(), harness.signal).start();

            await().atMost(Duration.ofSeconds(60)).until(() -> harness.jdbc.queryForObject(
                    "SELECT COUNT(*) FROM outbox_event WHERE parked_at IS NULL", Integer.class) == 0);
            assertThat(TopicRecords.readAll(broker.bootstrapServers(), topic).eventIds())
                    .containsExactlyInAnyOrder("A#1", "A#3", "A#4", "A#5", "A#6");
            assertThat(harness.jdbc.queryForMap("SELECT event_id, attempts FROM outbox_event"))
                    .containsEntry("event_id", "A#2").containsEntry("attempts", 3);

            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new BacklogMetrics(harness.serviceDb, Clock.systemUTC(), Duration.ZERO).bindTo(registry);
            assertThat(List.of(registry.get("outbox.parked.events").gauge().value(),
                    registry.get("outbox.backlog.events").gauge().value())).containsExactly(1.0, 0.0);
        }
    }
}
