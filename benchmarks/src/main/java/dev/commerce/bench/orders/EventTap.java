package dev.commerce.bench.orders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.bench.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code commerce.orders} and {@code commerce.customers} from their current end, on its own thread, and
 * notes when each OrderPlaced and each PointsChanged arrived here. Joins them by the PointsChanged's
 * {@code data.sourceEventId}, which is the OrderPlaced's {@code id}. A record seen twice (outbox resend) counts
 * at its first arrival.
 */
final class EventTap implements AutoCloseable {

    /** An OrderPlaced: its id, its own {@code time} (set by order-service) and when it arrived here. */
    record Placed(String eventId, Instant eventTime, Instant arrivedAt) {
    }

    record Credited(long arrivedNanos, Instant arrivedAt) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Placed> placedByOrderNumber = new ConcurrentHashMap<>();
    private final Map<String, Credited> creditBySourceEvent = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pointsChangedIdsBySource = new ConcurrentHashMap<>();
    private final AtomicLong redelivered = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile Throwable failure;

    EventTap(String bootstrapServers, String ordersTopic, String customersTopic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(ordersTopic, customersTopic)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the positions now: records produced from here on are the benchmark's
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
        thread = new Thread(this::poll, "event-tap");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long nanos = System.nanoTime();
                    Instant now = Instant.now();
                    JsonNode event = Http.JSON.readTree(record.value());
                    String type = event.path("type").asText();
                    if (type.equals("OrderPlaced")) {
                        Placed seenBefore = placedByOrderNumber.putIfAbsent(event.path("subject").asText(),
                                new Placed(event.path("id").asText(), Instant.parse(event.path("time").asText()), now));
                        if (seenBefore != null) {
                            redelivered.incrementAndGet();
                        }
                    } else if (type.equals("PointsChanged")) {
                        String source = event.path("data").path("sourceEventId").asText("");
                        if (!source.isEmpty()) {
                            creditBySourceEvent.putIfAbsent(source, new Credited(nanos, now));
                            pointsChangedIdsBySource.computeIfAbsent(source, key -> ConcurrentHashMap.newKeySet())
                                    .add(event.path("id").asText());
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (Exception e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    Placed placed(String orderNumber) {
        return placedByOrderNumber.get(orderNumber);
    }

    /** The credit of an order, once its OrderPlaced and the PointsChanged it caused were both seen. */
    Credited credit(String orderNumber) {
        Placed placed = placedByOrderNumber.get(orderNumber);
        return placed == null ? null : creditBySourceEvent.get(placed.eventId());
    }

    /**
     * How many of these orders were credited more than once: more than one PointsChanged (distinct event ids) for
     * their OrderPlaced. A record delivered again under the same id is a resend, not a second credit.
     */
    long creditedTwice(Iterable<String> orderNumbers) {
        long twice = 0;
        for (String orderNumber : orderNumbers) {
            Placed placed = placedByOrderNumber.get(orderNumber);
            Set<String> ids = placed == null ? null : pointsChangedIdsBySource.get(placed.eventId());
            if (ids != null && ids.size() > 1) {
                twice++;
            }
        }
        return twice;
    }

    /** OrderPlaced records seen again for an order already seen (an outbox resend after an unanswered send). */
    long orderPlacedRedelivered() {
        return redelivered.get();
    }

    /** Waits until every order has its credit or the timeout passed; returns how many are still missing. */
    long awaitCredits(Iterable<String> orderNumbers, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long missing;
        do {
            if (failure != null) {
                throw new IllegalStateException("the event consumer failed: " + failure, failure);
            }
            missing = 0;
            for (String orderNumber : orderNumbers) {
                if (credit(orderNumber) == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                Thread.sleep(100);
            }
        } while (missing > 0 && System.nanoTime() < deadline);
        return missing;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
