package dev.commerce.launcher.component;

import dev.commerce.launcher.process.ChildProcess;
import dev.commerce.launcher.process.HttpReadiness;
import dev.commerce.launcher.process.JavaCommand;
import dev.commerce.launcher.process.StartupException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service in its own JVM, ready when {@code GET <readinessPath>} answers {@code {"status":"UP"}}. Usually the
 * executable jar of a Spring Boot module; tests and benchmarks may give a main class on a classpath instead.
 */
public final class JavaService implements Component {

    /** Small heap and C1 only: a local platform of several JVMs starts fast on a laptop or a 2-core runner. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    private final String name;
    private final String serviceName;
    private final int port;
    private final String module;
    private final String mainClass;
    private final String classpath;
    private List<String> dependsOn = List.of();
    private String readinessPath = "/actuator/health/readiness";
    private final Map<String, String> environment = new LinkedHashMap<>();
    private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
    private final Map<String, String> links = new LinkedHashMap<>();
    private boolean sharedStateInRedis;
    private List<String> extraProfiles = List.of();

    private JavaService(String name, String serviceName, int port, String module, String mainClass, String classpath) {
        this.name = name;
        this.serviceName = serviceName;
        this.port = port;
        this.module = module;
        this.mainClass = mainClass;
        this.classpath = classpath;
        links.put("swagger ui", "/swagger-ui.html");
        links.put("health", "/actuator/health");
    }

    /** The executable jar of the Maven module of the same name. */
    public static JavaService springBootModule(String name, int port) {
        return new JavaService(name, name, port, name, null, null);
    }

    public static JavaService mainClass(String name, int port, String classpath, String mainClass) {
        return new JavaService(name, name, port, null, mainClass, classpath);
    }

    /**
     * The n-th instance (n &ge; 2) of this service: the same jar and settings under the name {@code <name>-<n>} on
     * its own port. It starts once the first instance is ready, so only one instance at a time creates or migrates a
     * schema on an empty database.
     */
    public JavaService replica(int index, int replicaPort) {
        if (index < 2) {
            throw new IllegalArgumentException("replica index starts at 2: " + index);
        }
        JavaService copy = new JavaService(name + "-" + index, name, replicaPort, module, mainClass, classpath);
        List<String> dependencies = new ArrayList<>(dependsOn);
        dependencies.add(name);
        copy.dependsOn = List.copyOf(dependencies);
        copy.readinessPath = readinessPath;
        copy.environment.putAll(environment);
        copy.jvmOptions = jvmOptions;
        copy.links.clear();
        copy.links.putAll(links);
        copy.sharedStateInRedis = sharedStateInRedis;
        copy.extraProfiles = extraProfiles;
        return copy;
    }

    /**
     * Marks a service whose in-memory state (rate limits, conversations, web sessions) must move to Redis when it
     * runs as several instances: those instances get the Spring profile {@code redis}.
     */
    public JavaService sharedStateInRedis() {
        this.sharedStateInRedis = true;
        return this;
    }

    public boolean keepsSharedStateInRedis() {
        return sharedStateInRedis;
    }

    /** Spring profiles this service gets on top of {@code --profile} (the launcher adds {@code redis} when scaled). */
    public JavaService withProfiles(List<String> profiles) {
        this.extraProfiles = List.copyOf(profiles);
        return this;
    }

    public JavaService dependsOn(String... components) {
        this.dependsOn = List.of(components);
        return this;
    }

    public JavaService readinessPath(String path) {
        this.readinessPath = path;
        return this;
    }

    /** A variable only this service gets, on top of the shared ones. */
    public JavaService env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    /** A link printed in the table when the platform is ready, for example Cockpit at {@code /camunda}. */
    public JavaService link(String label, String path) {
        links.put(label, path);
        return this;
    }

    public JavaService jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String serviceName() {
        return serviceName;
    }

    @Override
    public boolean discoverable() {
        return true;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<String> dependsOn() {
        return dependsOn;
    }

    @Override
    public List<String> modules() {
        return module == null ? List.of() : List.of(module);
    }

    @Override
    public String address() {
        return "http://localhost:" + port;
    }

    @Override
    public Map<String, String> exports() {
        return Map.of(Component.envPrefix(name) + "_URL", address());
    }

    @Override
    public Optional<String> unavailableReason(LaunchContext context) {
        if (module == null || jar(context).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("not built yet: no executable Spring Boot jar in " + module + "/target");
    }

    private Optional<Path> jar(LaunchContext context) {
        return SpringBootJar.find(context.repositoryRoot().resolve(module), module);
    }

    @Override
    public RunningComponent start(LaunchContext context) {
        JavaCommand command = module == null
                ? JavaCommand.mainClass(classpath, mainClass)
                : JavaCommand.jar(RunCopy.of(jar(context).orElseThrow(() -> new StartupException(
                        name + " has no executable jar in " + module + "/target")), context.dataDir().resolve("run")));
        ChildProcess child = ChildProcess.start(name, command.jvmOptions(jvmOptions(context)).toCommand(),
                environment(context), context.repositoryRoot(), context.logFile(name));
        context.onSpawn().accept(child);
        try {
            HttpReadiness.await(child, URI.create(address() + readinessPath), true, context.startTimeout());
        } catch (RuntimeException e) {
            child.stop(Duration.ofSeconds(5));
            throw e;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        links.forEach((label, path) -> urls.put(label, address() + path));
        return new RunningJavaService(name, address(), Collections.unmodifiableMap(urls), child);
    }

    private List<String> jvmOptions(LaunchContext context) {
        return context.env(Component.envPrefix(serviceName) + "_JAVA_OPTS")
                .map(options -> Arrays.asList(options.trim().split("\\s+")))
                .orElse(jvmOptions);
    }

    private Map<String, String> environment(LaunchContext context) {
        Map<String, String> env = new HashMap<>(context.sharedEnvironment());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("INSTANCE_ID", name);
        // shared, like the services' own default ./.platform/data: each keeps its files in a folder of its name
        env.put("DATA_DIR", context.dataDir().resolve("data").toAbsolutePath().toString());
        List<String> profiles = new ArrayList<>();
        context.profile().ifPresent(profiles::add);
        profiles.addAll(extraProfiles);
        if (!profiles.isEmpty()) {
            env.put("SPRING_PROFILES_ACTIVE", String.join(",", profiles));
        }
        env.putAll(environment);
        return env;
    }
}
