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
    private final List<Component> catalog;
    private final Supervisor supervisor;
    private final Map<String, String> skipped;
    private final Thread shutdownHook;

    RunningPlatform(PlatformSpec spec, List<Component> catalog, Supervisor supervisor, Map<String, String> skipped,
                    Thread shutdownHook) {
        this.spec = spec;
        this.catalog = catalog;
        this.supervisor = supervisor;
        this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        this.shutdownHook = shutdownHook;
    }

    /** Running components in start order; every instance of a scaled service ({@code item-service-2}). */
    public List<RunningComponent> components() {
        Map<String, RunningComponent> running = supervisor.running();
        return catalog.stream().map(Component::name)
                .filter(running::containsKey).map(running::get).toList();
    }

    /** True when some service runs as more than one instance. */
    public boolean scaled() {
        return catalog.stream().anyMatch(component -> !component.name().equals(component.serviceName()));
    }

    /** The names of a service's instances, running or not: {@code item-service}, {@code item-service-2}, ... */
    public List<String> instances(String service) {
        return catalog.stream().filter(component -> component.serviceName().equals(service))
                .map(Component::name).toList();
    }

    /** The base URLs of a service's running instances. */
    public List<String> baseUrls(String service) {
        Map<String, RunningComponent> running = supervisor.running();
        return instances(service).stream().filter(running::containsKey)
                .map(name -> running.get(name).address()).toList();
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

    /** Kills one component at once (SIGKILL to its process tree), as a crash would; the others keep running. */
    public void kill(String name) {
        supervisor.kill(name);
    }

    /** Starts a component of the spec again (after {@link #stop(String)}), on the same port and data. */
    public RunningComponent start(String name) {
        if (find(name).isPresent()) {
            throw new IllegalStateException(name + " is already running");
        }
        Component component = catalog.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new StartupException("unknown component " + name));
        return supervisor.start(component);
    }

    /**
     * A rolling update of one service: each instance in turn is stopped gracefully (SIGTERM: readiness DOWN, the
     * drain, in-flight work finishes) and started again, and the next one goes only when its replacement is ready.
     */
    public void rollingRestart(String service) {
        for (String name : instances(service)) {
            if (find(name).isPresent()) {
                stop(name);
                start(name);
            }
        }
    }

    /** Whether a component was started by this platform and has exited since (crashed or killed). */
    public boolean hasDied(String name) {
        return supervisor.running().containsKey(name) && !supervisor.running().get(name).isAlive();
    }

    /** Starts a component again after it died on its own; its old entry is dropped first. */
    public RunningComponent revive(String name) {
        supervisor.forget(name);
        return start(name);
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
