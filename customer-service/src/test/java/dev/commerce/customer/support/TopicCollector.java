package dev.commerce.customer.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the beginning without a consumer group, so tests see every record ever written and
 * pick theirs by key or content. Not thread-safe: poll from the test thread only.
 */
public final class TopicCollector implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    TopicCollector(String brokers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        var partitions = new ArrayList<TopicPartition>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            partitions.clear();
            consumer.partitionsFor(topic, Duration.ofSeconds(5))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            return !partitions.isEmpty();
        });
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Everything read so far plus whatever arrived since the last call. */
    public List<ConsumerRecord<String, String>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Everything on the topic up to its end as of now. */
    public List<ConsumerRecord<String, String>> untilEnd() {
        var end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    records();
                    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                });
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> filter) {
        return records().stream().filter(filter).toList();
    }

    /** Waits until at least {@code count} records match, then returns all matching ones. */
    public List<ConsumerRecord<String, String>> awaitMatching(Predicate<ConsumerRecord<String, String>> filter,
                                                              int count) {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> matching(filter).size() >= count);
        return matching(filter);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
