package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

class BoundedTableIT {

    private final TestBroker broker = TestBroker.shared();

    @Test
    void afterThousandsOfEventsTheTableIsEmptyAgain() {
        String topic = broker.newTopic(Map.of());
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            OutboxRelay relay = harness.relay("relay-a", OutboxProperties.defaults(), harness.signal);
            relay.start();
            List<String> keys = IntStream.range(0, 5000).mapToObj(i -> "SKU-" + i).toList();
            for (int from = 0; from < keys.size(); from += 50) {
                List<String> batch = keys.subList(from, from + 50);
                harness.transaction.executeWithoutResult(status -> batch.forEach(key ->
                        harness.outbox.append(OutboxHarness.record(topic, key, 1))));
            }

            try {
                await().atMost(Duration.ofMinutes(2)).until(() -> harness.pendingRows() == 0);
            } catch (ConditionTimeoutException stalled) {
                throw new AssertionError("the relay stalled: " + harness.pendingRows() + " rows pending by lane "
                        + harness.pendingByLane() + "; relay running " + relay.isRunning() + ", holding "
                        + relay.lanesOwned() + " lanes; lane owners " + harness.laneOwners(), stalled);
            }
            assertThat(TopicRecords.readAll(broker.bootstrapServers(), topic).eventIds())
                    .hasSize(5000).doesNotHaveDuplicates();
            assertThat(harness.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Integer.class)).isZero();
        }
    }

    /**
     * The fetch reads each lane's lowest ids from the (lane, id) index, in order: its cost is the batch, not the
     * number of pending rows (nor of rows ever written, which are deleted).
     */
    @Test
    void theFetchOfTheRelayReadsTheLaneIndex() {
        assumeThat(TestDatabase.mariaDb()).as("EXPLAIN is MariaDB's").isTrue();
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            for (int round = 0; round < 20; round++) {
                harness.transaction.executeWithoutResult(status -> IntStream.range(0, 500).forEach(i ->
                        harness.outbox.append(OutboxHarness.record("t", "KEY-" + i, 1))));
            }
            harness.jdbc.execute("ANALYZE TABLE outbox_event");
            for (Map<Integer, Integer> lanes : List.of(Map.of(3, 500), Map.of(0, 500, 5, 500, 9, 500))) {
                List<Map<String, Object>> plan =
                        harness.jdbc.queryForList("EXPLAIN " + OutboxStore.pendingIdsQuery(lanes));
                assertThat(plan).as("plan of the fetch for lanes %s", lanes.keySet())
                        .filteredOn(step -> "outbox_event".equals(step.get("table")))
                        .hasSize(lanes.size())
                        .allSatisfy(step -> assertThat(step).containsEntry("key", "ix_outbox_event_lane")
                                .extractingByKey("Extra").asString().doesNotContain("filesort"));
            }
        }
    }
}
