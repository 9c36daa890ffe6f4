package dev.commerce.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything on a topic up to its current end, per key in offset order (one key is one partition). */
record TopicRecords(List<ConsumerRecord<String, String>> records) {

    static TopicRecords readAll(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return new TopicRecords(records);
    }

    List<String> eventIds() {
        return records.stream().map(TopicRecords::eventId).toList();
    }

    Set<String> duplicateEventIds() {
        Map<String, Long> counts = records.stream()
                .collect(Collectors.groupingBy(TopicRecords::eventId, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Per key, the payloads of each event's first occurrence, in the order they are on the topic. */
    Map<String, List<String>> firstOccurrencesByKey() {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        records.stream()
                .sorted((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                        : Long.compare(a.offset(), b.offset()))
                .forEach(record -> byKey.computeIfAbsent(record.key(), key -> new LinkedHashMap<>())
                        .putIfAbsent(eventId(record), record.value()));
        Map<String, List<String>> result = new HashMap<>();
        byKey.forEach((key, events) -> result.put(key, List.copyOf(events.values())));
        return result;
    }

    static String eventId(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_id");
        return header == null ? record.value() : new String(header.value(), StandardCharsets.UTF_8);
    }
}
