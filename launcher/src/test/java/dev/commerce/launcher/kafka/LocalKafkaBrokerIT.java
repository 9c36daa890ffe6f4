package dev.commerce.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

    @TempDir
    Path dir;

    @Test
    void recordsWrittenBeforeAStopAreReadAfterARestartOnTheSamePort() throws Exception {
        int port = Ports.freePort();
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(port, dir)) {
            assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + port);
            send(broker, "commerce.orders", "ORD-20261120-0001", "OrderPlaced");
            assertThat(readAll(broker, "commerce.orders")).containsExactly("ORD-20261120-0001=OrderPlaced");
        }
        assertThat(Ports.isFree(port)).as("the port is released after stop").isTrue();

        try (LocalKafkaBroker restarted = LocalKafkaBroker.start(port, dir)) {
            send(restarted, "commerce.orders", "ORD-20261120-0002", "OrderCancelled");
            assertThat(readAll(restarted, "commerce.orders"))
                    .containsExactlyInAnyOrder("ORD-20261120-0001=OrderPlaced", "ORD-20261120-0002=OrderCancelled");
        }
    }

    @Test
    void createsThePlatformTopicsAndTheirDeadLetterTopicsWithTwelvePartitions() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(Ports.freePort(), dir);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(LocalKafkaBroker.PLATFORM_TOPICS)
                    .allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.keySet()).containsExactlyInAnyOrder(
                    "commerce.orders", "commerce.items", "commerce.customers", "commerce.promotions",
                    "commerce.orders.DLT", "commerce.items.DLT", "commerce.customers.DLT", "commerce.promotions.DLT");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(12));
        }
    }

    @Test
    void theTopicsOfAnOlderDataDirectoryGetTheirPartitionsAndKeepTheirRecords() throws Exception {
        int port = Ports.freePort();
        try (LocalKafkaBroker old = LocalKafkaBroker.builder().port(port).dataDir(dir).partitions(3).start()) {
            send(old, "commerce.orders", "ORD-20261120-0001", "OrderPlaced");
        }
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(port, dir);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(LocalKafkaBroker.PLATFORM_TOPICS).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(12));
            assertThat(readAll(broker, "commerce.orders")).containsExactly("ORD-20261120-0001=OrderPlaced");
        }
    }

    @Test
    void refusesAPortThatIsAlreadyTakenAndNamesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> LocalKafkaBroker.start(port, dir))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("KAFKA_PORT");
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aBrokerThatDiesWhileStartingIsReportedWithItsLog() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/meta.properties"), "cluster.id=not-a-cluster\nversion=7\n");
        int port = Ports.freePort();
        assertThatThrownBy(() -> LocalKafkaBroker.builder().port(port).dataDir(dir)
                        .startTimeout(Duration.ofSeconds(60)).start())
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("kafka exited with code")
                .hasMessageContaining("broker.log");
        assertThat(Ports.isFree(port)).isTrue();
    }

    private static void send(LocalKafkaBroker broker, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Everything on the topic, read by a new consumer group from the beginning. */
    private static List<String> readAll(LocalKafkaBroker broker, String topic) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int emptyPollsAfterData = 0;
            while (System.nanoTime() < deadline && emptyPollsAfterData < 2) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    seen.add(record.key() + "=" + record.value());
                }
                if (records.isEmpty() && !seen.isEmpty()) {
                    emptyPollsAfterData++;
                }
            }
        }
        return seen;
    }
}
