package dev.commerce.engine.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real KRaft broker with the platform's partition count, and what the cluster test reads from it. */
public final class ClusterKafka implements AutoCloseable {

  public static final String ORDERS = "commerce.orders";
  public static final int PARTITIONS = 12;

  private final EmbeddedKafkaKraftBroker broker;

  private ClusterKafka(EmbeddedKafkaKraftBroker broker) {
    this.broker = broker;
  }

  public static ClusterKafka start() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, ORDERS, ORDERS + ".DLT",
        "commerce.promotions");
    broker.afterPropertiesSet();
    return new ClusterKafka(broker);
  }

  public String bootstrapServers() {
    return broker.getBrokersAsString();
  }

  /** Sends one order event as order-service's outbox does (key = order number, ce_type header) and waits for it. */
  public RecordMetadata send(String type, String orderNumber, String event) {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
        bootstrapServers(), "acks", "all"), new StringSerializer(), new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(ORDERS, orderNumber, event);
      record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
      return producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  public ConsumerGroupDescription group(String group) throws Exception {
    try (Admin admin = admin()) {
      return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
    }
  }

  public Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
    try (Admin admin = admin()) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }
  }

  /** Whether the group has consumed and committed every record of commerce.orders. */
  public boolean allCommitted(String group) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int partition = 0; partition < PARTITIONS; partition++) {
      latest.put(new TopicPartition(ORDERS, partition), OffsetSpec.latest());
    }
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    try (Admin admin = admin()) {
      return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end -> end.getValue().offset() == 0
          || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() == end.getValue().offset());
    }
  }

  private Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
  }

  @Override
  public void close() {
    broker.destroy();
  }
}
