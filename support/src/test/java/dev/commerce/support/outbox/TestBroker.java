package dev.commerce.support.outbox;

import dev.commerce.launcher.kafka.LocalKafkaBroker;
import dev.commerce.launcher.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real KRaft broker in its own JVM (the launcher's), which can be stopped and started again on the same port and
 * data directory, with every record still there. One is shared by the test classes that do not restart it.
 */
final class TestBroker implements AutoCloseable {

    static final int PARTITIONS = 12;

    private static TestBroker shared;

    private final int port;
    private final Path dir;
    private LocalKafkaBroker broker;

    private TestBroker() {
        try {
            this.dir = Files.createTempDirectory("outbox-broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = Ports.freePort();
        start();
    }

    static TestBroker startOwn() {
        return new TestBroker();
    }

    static synchronized TestBroker shared() {
        if (shared == null) {
            shared = new TestBroker();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    void start() {
        broker = LocalKafkaBroker.builder().port(port).dataDir(dir).topics(List.of()).partitions(PARTITIONS)
                .jvmOptions(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .start();
    }

    void stop() {
        broker.stop();
    }

    /** A fresh topic with the partitions the platform uses; extra topic configs (max.message.bytes) optional. */
    String newTopic(Map<String, String> configs) {
        String topic = "outbox-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1).configs(configs)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
        return topic;
    }

    @Override
    public void close() {
        if (broker != null && broker.isRunning()) {
            broker.stop();
        }
    }
}
