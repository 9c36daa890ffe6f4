package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.RunningComponent;
import dev.commerce.launcher.process.StartupException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The started platform: where each component is, and stop/start of single components (an end-to-end test
 * stops the broker, writes events, starts it again). {@link #close()} stops everything in reverse order.
 */
public final class RunningPlatform implements AutoCloseable {

    private final PlatformSpec spec;
    private final Supervisor supervisor;
    private final Map<String, String> skipped;
    private final Thread shutdownHook;

    RunningPlatform(PlatformSpec spec, Supervisor supervisor, Map<String, String> skipped, Thread shutdownHook) {
        this.spec = spec;
        this.supervisor = supervisor;
        this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        this.shutdownHook = shutdownHook;
    }

    /** Running components in start order. */
    public List<RunningComponent> components() {
        Map<String, RunningComponent> running = supervisor.running();
        return spec.components().stream().map(Component::name)
                .filter(running::containsKey).map(running::get).toList();
    }

    public Optional<RunningComponent> find(String name) {
        return Optional.ofNullable(supervisor.running().get(name));
    }

    public RunningComponent component(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is not running"
                + (skipped.containsKey(name) ? " (" + skipped.get(name) + ")" : "")));
    }

    /** {@code http://localhost:8082} for item-service. */
    public String baseUrl(String name) {
        return component(name).address();
    }

    /** The bootstrap servers the services were given. */
    public String kafkaBootstrapServers() {
        return supervisor.context().sharedEnvironment().get("KAFKA_BOOTSTRAP_SERVERS");
    }

    /** Components that did not start, with the reason (not built yet, --skip, a dependency missing). */
    public Map<String, String> skipped() {
        return skipped;
    }

    public Path dataDir() {
        return spec.dataDir();
    }

    public Path logsDir() {
        return supervisor.context().logsDir();
    }

    /** True once {@link #close()} or the shutdown hook began stopping everything. */
    public boolean isStopping() {
        return supervisor.isStopping();
    }

    /** Stops one component gracefully; the others keep running. */
    public void stop(String name) {
        supervisor.stop(name);
    }

    /** Starts a component of the spec again (after {@link #stop(String)}), on the same port and data. */
    public RunningComponent start(String name) {
        if (find(name).isPresent()) {
            throw new IllegalStateException(name + " is already running");
        }
        Component component = spec.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new StartupException("unknown component " + name));
        return supervisor.start(component);
    }

    @Override
    public void close() {
        supervisor.stopAll();
        removeHook(shutdownHook);
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing left to remove
        }
    }
}
