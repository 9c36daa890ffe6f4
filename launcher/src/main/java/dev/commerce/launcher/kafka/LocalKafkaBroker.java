package dev.commerce.launcher.kafka;

import dev.commerce.launcher.process.ChildProcess;
import dev.commerce.launcher.process.JavaCommand;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one) running in its own JVM from the Kafka
 * jars on this module's classpath. Data lives in {@code <dataDir>/data} and survives a stop, so the broker can
 * be started again on the same port and directory with every record still there.
 *
 * <pre>{@code
 * try (LocalKafkaBroker broker = LocalKafkaBroker.start(Ports.freePort(), dir)) {
 *     producerProps.put("bootstrap.servers", broker.bootstrapServers());
 * }
 * }</pre>
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The platform's topics (docs/events.md), created up front with their dead-letter topics. */
    public static final List<String> PLATFORM_TOPICS = withDeadLetters(
            List.of("commerce.orders", "commerce.items", "commerce.customers", "commerce.promotions"));

    private final Builder settings;
    private final ChildProcess child;

    private LocalKafkaBroker(Builder settings, ChildProcess child) {
        this.settings = settings;
        this.child = child;
    }

    /** Starts a broker on localhost:port with its data under dir, and waits until it serves requests. */
    public static LocalKafkaBroker start(int port, Path dataDir) {
        return builder().port(port).dataDir(dataDir).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String bootstrapServers() {
        return "localhost:" + settings.port;
    }

    public int port() {
        return settings.port;
    }

    public Path dataDir() {
        return settings.dataDir;
    }

    public Path logFile() {
        return child.logFile();
    }

    public boolean isRunning() {
        return child.isAlive();
    }

    public long pid() {
        return child.pid();
    }

    /** Controlled shutdown (SIGTERM), killed only if it takes longer than the grace period. */
    public void stop() {
        child.stop(settings.stopGrace);
    }

    @Override
    public void close() {
        stop();
    }

    private static List<String> withDeadLetters(List<String> topics) {
        List<String> all = new ArrayList<>(topics);
        topics.forEach(topic -> all.add(topic + ".DLT"));
        return List.copyOf(all);
    }

    public static final class Builder {
        private int port = 9092;
        private Path dataDir = Path.of(".platform", "kafka");
        private Path logFile;
        private List<String> topics = PLATFORM_TOPICS;
        /** Enough for 4 instances of a consumer with 3 listener threads each (see Replicas). */
        private int partitions = 12;
        private Duration startTimeout = Duration.ofSeconds(90);
        private Duration stopGrace = Duration.ofSeconds(30);
        private List<String> jvmOptions = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
        private String classpath = JavaCommand.currentClasspath();
        private Consumer<ChildProcess> onSpawn = child -> { };

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath();
            return this;
        }

        /** Where the broker's output goes; {@code <dataDir>/broker.log} by default. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile.toAbsolutePath();
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public Builder stopGrace(Duration stopGrace) {
            this.stopGrace = stopGrace;
            return this;
        }

        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** The classpath of the broker JVM; it must hold the Kafka jars and this module. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Told about the broker's process as soon as it exists (a supervisor that must stop it on Ctrl-C). */
        public Builder onSpawn(Consumer<ChildProcess> onSpawn) {
            this.onSpawn = onSpawn;
            return this;
        }

        public LocalKafkaBroker start() {
            Ports.requireFree("kafka", port, "KAFKA_PORT");
            Path logDir = dataDir.resolve("data");
            Path config = dataDir.resolve("server.properties");
            try {
                Files.createDirectories(logDir);
                BrokerConfig.write(BrokerConfig.of(port, Ports.freePort(), logDir, partitions), config);
            } catch (IOException e) {
                throw new StartupException("cannot prepare the broker directory " + dataDir + ": " + e.getMessage(), e);
            }
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Dlogback.configurationFile=dev/commerce/launcher/kafka/broker-logback.xml");
            options.add("-Dkafka.logs.dir=" + dataDir.resolve("logs"));
            List<String> command = JavaCommand.mainClass(classpath, KafkaBrokerMain.class.getName())
                    .jvmOptions(options)
                    .arguments(config.toString(), clusterId(logDir))
                    .toCommand();
            ChildProcess child = ChildProcess.start("kafka", command, Map.of(), dataDir,
                    logFile != null ? logFile : dataDir.resolve("broker.log"));
            onSpawn.accept(child);
            LocalKafkaBroker broker = new LocalKafkaBroker(this, child);
            try {
                BrokerReadiness.await(child, broker.bootstrapServers(), startTimeout);
                BrokerReadiness.createTopics(broker.bootstrapServers(), topics, partitions);
            } catch (RuntimeException e) {
                child.stop(Duration.ofSeconds(5));
                throw e;
            }
            return broker;
        }

        /** A formatted directory keeps its cluster id; a fresh one gets a new id when the child formats it. */
        private static String clusterId(Path logDir) {
            Path meta = logDir.resolve("meta.properties");
            if (!Files.exists(meta)) {
                return Uuid.randomUuid().toString();
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("cluster.id");
        }
    }
}
