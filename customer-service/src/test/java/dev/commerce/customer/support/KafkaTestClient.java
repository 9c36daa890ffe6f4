package dev.commerce.customer.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the other services on the broker: publishes records and watches what the service consumed. */
public final class KafkaTestClient implements AutoCloseable {

    private final String brokers;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    public KafkaTestClient(String brokers) {
        this.brokers = brokers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
    }

    /** Sends and waits for the broker's acknowledgement; {@code ceType} null sends no {@code ce_type} header. */
    public RecordMetadata send(String topic, String key, String value, String ceType) {
        var record = new ProducerRecord<>(topic, key, value);
        if (ceType != null) {
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Waits until the consumer group has committed past the record: it was processed, skipped or dead-lettered. */
    public void awaitConsumed(String group, RecordMetadata sent) {
        var partition = new TopicPartition(sent.topic(), sent.partition());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).get(partition);
            return committed != null && committed.offset() > sent.offset();
        });
    }

    public TopicCollector collect(String topic) {
        return new TopicCollector(brokers, topic);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
