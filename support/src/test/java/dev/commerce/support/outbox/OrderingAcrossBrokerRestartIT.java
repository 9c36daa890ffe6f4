package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderingAcrossBrokerRestartIT {

    private static final int AGGREGATES = 150;
    private static final int PER_PHASE = 320;
    private static final int WRITERS = 8;
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private static TestBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.startOwn();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void everyAggregatesEventsArriveInCommitOrderAndNoneIsLostAcrossABrokerRestartUnderConcurrentLoad()
            throws Exception {
        String topic = broker.newTopic(Map.of());
        List<String> keys = IntStream.range(0, AGGREGATES).mapToObj(i -> "ORD-" + i).toList();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            harness.createAggregates(keys);
            harness.relay("relay-a", OutboxProperties.defaults(), harness.signal).start();
            AtomicInteger appended = new AtomicInteger();

            CompletableFuture<Void> beforeAndDuringStop = append(harness, topic, keys, PER_PHASE, appended, writers);
            await().atMost(Duration.ofMinutes(1)).until(() -> appended.get() >= PER_PHASE / 3);
            broker.stop();
            beforeAndDuringStop.get();
            append(harness, topic, keys, PER_PHASE, appended, writers).get();
            assertThat(harness.pendingRows()).as("events wait in the table while the broker is down").isPositive();
            CompletableFuture<Void> duringRestart = append(harness, topic, keys, PER_PHASE, appended, writers);
            broker.start();
            duringRestart.get();

            await().atMost(Duration.ofMinutes(2)).until(() -> harness.pendingRows() == 0);
            TopicRecords records = TopicRecords.readAll(broker.bootstrapServers(), topic);
            Set<String> committed = new HashSet<>();
            harness.jdbc.query("SELECT id, version FROM test_aggregate", (row, n) -> Map.entry(row.getString(1),
                    row.getInt(2))).forEach(aggregate -> IntStream.rangeClosed(1, aggregate.getValue())
                    .forEach(seq -> committed.add(aggregate.getKey() + "#" + seq)));
            assertThat(committed).hasSize(3 * PER_PHASE);
            assertThat(new HashSet<>(records.eventIds())).as("every committed event, nothing else")
                    .isEqualTo(committed);
            records.firstOccurrencesByKey().forEach((key, payloads) -> {
                List<Integer> sequence = payloads.stream().map(OrderingAcrossBrokerRestartIT::seq).toList();
                assertThat(sequence).as("first occurrences of %s", key)
                        .isEqualTo(IntStream.rangeClosed(1, sequence.size()).boxed().toList());
            });
            System.out.printf("[ordering] %d events, %d records on the topic, %d duplicates%n", committed.size(),
                    records.records().size(), records.records().size() - committed.size());
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * A relay that starts while the broker is away cannot even get metadata: every lane's first send fails at once,
     * again and again, and each lane resends from its lowest pending id once the broker answers.
     */
    @Test
    void aRelayStartedWhileTheBrokerIsAwayDeliversEverythingInCommitOrderOnceItAnswers() throws Exception {
        String topic = broker.newTopic(Map.of());
        List<String> keys = IntStream.range(0, 50).mapToObj(i -> "SKU-" + i).toList();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            harness.createAggregates(keys);
            broker.stop();
            harness.relay("relay-a", OutboxProperties.defaults(), harness.signal).start();
            AtomicInteger appended = new AtomicInteger();
            append(harness, topic, keys, 160, appended, writers).get();
            Thread.sleep(3000);
            CompletableFuture<Void> duringRestart = append(harness, topic, keys, 160, appended, writers);
            broker.start();
            duringRestart.get();

            await().atMost(Duration.ofMinutes(2)).until(() -> harness.pendingRows() == 0);
            TopicRecords records = TopicRecords.readAll(broker.bootstrapServers(), topic);
            assertThat(new HashSet<>(records.eventIds())).hasSize(appended.get());
            records.firstOccurrencesByKey().forEach((key, payloads) -> assertThat(payloads.stream()
                    .map(OrderingAcrossBrokerRestartIT::seq).toList()).as("first occurrences of %s", key)
                    .isEqualTo(IntStream.rangeClosed(1, payloads.size()).boxed().toList()));
        } finally {
            writers.shutdownNow();
        }
    }

    /** {@code count} events by concurrent writers, each to a random aggregate, so an aggregate's come from many. */
    private static CompletableFuture<Void> append(OutboxHarness harness, String topic, List<String> keys, int count,
                                                  AtomicInteger appended, ExecutorService writers) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            all.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < count / WRITERS; i++) {
                    harness.append(topic, keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
                    appended.incrementAndGet();
                    pause(5);
                }
            }, writers));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    private static int seq(String payload) {
        Matcher matcher = SEQ.matcher(payload);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
