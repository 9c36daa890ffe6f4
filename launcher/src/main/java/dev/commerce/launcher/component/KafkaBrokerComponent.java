package dev.commerce.launcher.component;

import dev.commerce.launcher.kafka.LocalKafkaBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The local KRaft broker, data under {@code <dataDir>/kafka} so events survive a restart of the platform. */
public final class KafkaBrokerComponent implements Component {

    private final int port;

    public KafkaBrokerComponent(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<String> dependsOn() {
        return List.of();
    }

    @Override
    public List<String> modules() {
        return List.of();
    }

    @Override
    public String address() {
        return "localhost:" + port;
    }

    @Override
    public Map<String, String> exports() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", address());
    }

    @Override
    public Optional<String> unavailableReason(LaunchContext context) {
        return Optional.empty();
    }

    @Override
    public RunningComponent start(LaunchContext context) {
        LocalKafkaBroker broker = LocalKafkaBroker.builder()
                .port(port)
                .dataDir(context.dataDir().resolve("kafka"))
                .logFile(context.logFile(name()))
                .onSpawn(context.onSpawn())
                .start();
        return new RunningBroker(broker);
    }

    private record RunningBroker(LocalKafkaBroker broker) implements RunningComponent {

        @Override
        public String name() {
            return "kafka";
        }

        @Override
        public String address() {
            return broker.bootstrapServers();
        }

        @Override
        public Map<String, String> links() {
            return Map.of();
        }

        @Override
        public long pid() {
            return broker.pid();
        }

        @Override
        public Path logFile() {
            return broker.logFile();
        }

        @Override
        public boolean isAlive() {
            return broker.isRunning();
        }

        @Override
        public void stop() {
            broker.stop();
        }
    }
}
