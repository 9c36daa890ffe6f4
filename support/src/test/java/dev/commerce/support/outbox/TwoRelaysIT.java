package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two relays on one database, each with its own pool and producer, as two replicas of a service run them. */
class TwoRelaysIT {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Duration MEMBER_TIMEOUT = Duration.ofSeconds(3);

    private final TestBroker broker = TestBroker.shared();

    @Test
    void twoRelaysSplitTheLanesAndPublishEveryEventExactlyOnce() {
        String topic = broker.newTopic(Map.of());
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            List<String> keys = keys(200);
            harness.createAggregates(keys);
            OutboxRelay a = harness.relay("relay-a", properties(), harness.signal);
            OutboxRelay b = harness.relay("relay-b", properties(), new OutboxSignal());
            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> a.lanesOwned() == 8 && b.lanesOwned() == 8);
            assertThat(harness.laneOwners()).as("lane i goes to the (i mod 2)-th member")
                    .allSatisfy((lane, owner) -> assertThat(owner)
                            .isEqualTo(Integer.parseInt(lane) % 2 == 0 ? "relay-a" : "relay-b"));

            appendRounds(harness, topic, keys, 5);

            await().atMost(Duration.ofMinutes(1)).until(() -> harness.pendingRows() == 0);
            TopicRecords records = TopicRecords.readAll(broker.bootstrapServers(), topic);
            assertThat(records.records()).hasSize(1000);
            assertThat(records.duplicateEventIds()).isEmpty();
            assertThat(records.eventIds()).containsAll(expected(keys, 5));
        }
    }

    @Test
    void whenOneRelayStopsTheOtherTakesItsLanesOverAndNothingIsLostOrDoubled() {
        String topic = broker.newTopic(Map.of());
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            List<String> keys = keys(100);
            harness.createAggregates(keys);
            OutboxRelay a = harness.relay("relay-a", properties(), new OutboxSignal());
            OutboxRelay b = harness.relay("relay-b", properties(), harness.signal);
            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> a.lanesOwned() == 8 && b.lanesOwned() == 8);
            appendRounds(harness, topic, keys, 2);

            b.stop();
            assertThat(harness.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_lane WHERE owner = 'relay-b'",
                    Integer.class)).as("a stopped relay hands its lanes back").isZero();
            appendRounds(harness, topic, keys, 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> a.lanesOwned() == 16);

            await().atMost(Duration.ofMinutes(1)).until(() -> harness.pendingRows() == 0);
            TopicRecords records = TopicRecords.readAll(broker.bootstrapServers(), topic);
            assertThat(records.duplicateEventIds()).isEmpty();
            assertThat(new HashSet<>(records.eventIds())).isEqualTo(expected(keys, 4));
            assertInCommitOrder(records);
        }
    }

    @Test
    void whenOneRelayCrashesTheOtherTakesItsLanesOverOnceTheLeaseHasRunOut() {
        String topic = broker.newTopic(Map.of());
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            List<String> keys = keys(100);
            harness.createAggregates(keys);
            OutboxRelay a = harness.relay("relay-a", properties(), new OutboxSignal());
            OutboxRelay b = harness.relay("relay-b", properties(), harness.signal);
            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> a.lanesOwned() == 8 && b.lanesOwned() == 8);
            appendRounds(harness, topic, keys, 1);

            b.crash();
            assertThat(harness.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_lane WHERE owner = 'relay-b'",
                    Integer.class)).as("a crashed relay keeps its leases until they run out").isEqualTo(8);
            appendRounds(harness, topic, keys, 2);

            await().atMost(Duration.ofSeconds(30)).until(() -> a.lanesOwned() == 16);
            await().atMost(Duration.ofMinutes(1)).until(() -> harness.pendingRows() == 0);
            TopicRecords records = TopicRecords.readAll(broker.bootstrapServers(), topic);
            assertThat(new HashSet<>(records.eventIds())).isEqualTo(expected(keys, 3));
            assertInCommitOrder(records);
        }
    }

    private static OutboxProperties properties() {
        return OutboxHarness.properties(MEMBER_TIMEOUT, LEASE);
    }

    private static List<String> keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> "CUST-" + i).toList();
    }

    private static void appendRounds(OutboxHarness harness, String topic, List<String> keys, int rounds) {
        for (int round = 0; round < rounds; round++) {
            keys.parallelStream().forEach(key -> harness.append(topic, key));
        }
    }

    private static Set<String> expected(List<String> keys, int each) {
        return keys.stream().flatMap(key -> IntStream.rangeClosed(1, each).mapToObj(seq -> key + "#" + seq))
                .collect(Collectors.toSet());
    }

    private static void assertInCommitOrder(TopicRecords records) {
        records.firstOccurrencesByKey().forEach((key, payloads) -> assertThat(payloads).as(key)
                .isEqualTo(IntStream.rangeClosed(1, payloads.size())
                        .mapToObj(seq -> "{\"key\":\"" + key + "\",\"seq\":" + seq + "}").toList()));
    }
}
