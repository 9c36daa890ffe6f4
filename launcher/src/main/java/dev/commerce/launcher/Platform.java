package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.LaunchContext;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.ProcessTracker;
import dev.commerce.launcher.process.StartupException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts the platform (or the part a spec selects) and returns once every component is ready.
 *
 * <pre>{@code
 * try (RunningPlatform platform = Platform.start(PlatformSpec.builder(root).only(Set.of("order-service")).build())) {
 *     String orders = platform.baseUrl("order-service");
 * }
 * }</pre>
 *
 * A failed start stops what it started and throws a {@link StartupException} whose message names the
 * component and quotes its log. A JVM shutdown hook stops everything when the process is interrupted.
 */
public final class Platform {

    public static final String PID_FILE = "launcher.pids";

    private Platform() {
    }

    public static RunningPlatform start(PlatformSpec spec) {
        Path pidFile = spec.dataDir().resolve(PID_FILE);
        requireNoLeftovers(spec);
        ProcessTracker tracker = new ProcessTracker(pidFile);
        Selection selection = Selection.resolve(spec.components(), spec.only(), spec.skip(), context(spec));
        spec.replicas().requireKnown(spec.components());
        List<Component> toStart = spec.replicas().expand(selection.toStart(), spec.environment());
        boolean scaled = spec.replicas().scaled(selection.toStart());
        requireFreePorts(toStart);
        Preconditions.requireDatabase(spec.profile(), spec.environment(), toStart);
        Preconditions.requireSharedStores(spec.profile(), spec.environment(), toStart, scaled);
        LaunchContext context = new LaunchContext(spec.repositoryRoot(), spec.dataDir(), spec.profile(), spec.startTimeout(),
                sharedEnvironment(spec, selection, toStart, scaled), spec.environment(), tracker);

        Supervisor supervisor = new Supervisor(context, tracker, spec.progress());
        Thread hook = new Thread(supervisor::stopAll, "launcher-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            supervisor.startAll(toStart);
        } catch (RuntimeException e) {
            supervisor.stopAll();
            RunningPlatform.removeHook(hook);
            throw e;
        }
        return new RunningPlatform(spec, catalog(spec.components(), toStart), supervisor, selection.skipped(), hook);
    }

    /** The context a component is judged by before anything starts (is its jar built?). */
    static LaunchContext context(PlatformSpec spec) {
        return new LaunchContext(spec.repositoryRoot(), spec.dataDir(), spec.profile(), spec.startTimeout(),
                Map.of(), spec.environment(), child -> { });
    }

    /**
     * Every service learns where every other one is. A component the launcher does not start keeps the address
     * the launcher's environment gives (a broker or Keycloak running elsewhere), falling back to its default.
     */
    private static Map<String, String> sharedEnvironment(PlatformSpec spec, Selection selection, List<Component> toStart,
                                                         boolean scaled) {
        Set<String> started = toStart.stream().map(Component::name).collect(Collectors.toSet());
        Map<String, String> shared = new LinkedHashMap<>();
        for (Component component : catalog(spec.components(), toStart)) {
            component.exports().forEach((key, value) -> shared.put(key,
                    started.contains(component.name()) ? value : spec.environment().getOrDefault(key, value)));
        }
        if (spec.profile().isPresent()) {
            shared.putAll(DemoCredentials.missingFrom(spec.environment()));
        }
        if (spec.profile().filter("mysql"::equals).isPresent() && !spec.environment().containsKey("DB_SCHEME")) {
            Preconditions.mariaDbServer(spec.environment()).ifPresent(version -> shared.put("DB_SCHEME", "mariadb"));
        }
        if (scaled) {
            shared.putAll(ClusterEnvironment.of(toStart, spec.environment()));
        }
        return Map.copyOf(shared);
    }

    /** The spec's components and the further instances of scaled services, each instance after its first. */
    private static List<Component> catalog(List<Component> components, List<Component> toStart) {
        Set<String> declared = components.stream().map(Component::name).collect(Collectors.toSet());
        List<Component> catalog = new ArrayList<>();
        for (Component component : components) {
            catalog.add(component);
            toStart.stream().filter(instance -> !declared.contains(instance.name()))
                    .filter(instance -> instance.serviceName().equals(component.name()))
                    .forEach(catalog::add);
        }
        return List.copyOf(catalog);
    }

    /** Children of an earlier launcher on the same data: from its pid file and from components' own records. */
    static List<ProcessTracker.Leftover> leftovers(PlatformSpec spec) {
        List<ProcessTracker.Leftover> leftovers = new ArrayList<>(
                ProcessTracker.leftovers(spec.dataDir().resolve(PID_FILE)));
        LaunchContext context = context(spec);
        for (Component component : spec.components()) {
            component.leftover(context).ifPresent(handle ->
                    leftovers.add(new ProcessTracker.Leftover(component.name(), handle)));
        }
        return leftovers;
    }

    private static void requireNoLeftovers(PlatformSpec spec) {
        List<ProcessTracker.Leftover> leftovers = leftovers(spec);
        if (!leftovers.isEmpty()) {
            throw new StartupException("the platform is already running from " + spec.dataDir()
                    + " (or a previous launcher was killed and left it running): "
                    + leftovers.stream().map(l -> l.name() + " pid " + l.process().pid())
                            .collect(Collectors.joining(", "))
                    + ". Stop it with Ctrl-C in its terminal or with ./run.sh --stop");
        }
    }

    private static void requireFreePorts(List<Component> components) {
        String clashes = components.stream()
                .filter(component -> !Ports.isFree(component.port()))
                .map(component -> "port " + component.port() + " (" + component.name() + ", override with "
                        + Component.envPrefix(component.name()) + "_PORT)")
                .collect(Collectors.joining(", "));
        if (!clashes.isEmpty()) {
            throw new StartupException("already in use by another process: " + clashes
                    + ". Stop that process, choose another port, or leave the component out with --skip.");
        }
    }
}
