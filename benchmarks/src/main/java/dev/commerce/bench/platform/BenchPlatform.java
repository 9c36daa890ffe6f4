package dev.commerce.bench.platform;

import dev.commerce.launcher.Platform;
import dev.commerce.launcher.PlatformComponents;
import dev.commerce.launcher.PlatformSpec;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.component.SpringBootJar;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the platform a benchmark needs, started through the launcher library on free ports with a temporary
 * data directory, so a benchmark never meets the platform's fixed ports or anybody's data. Services run with C2
 * and a larger heap than the launcher's start-fast defaults (see {@link #SERVICE_JVM_OPTIONS}).
 */
public final class BenchPlatform {

    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    private static final String JAR_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private final Path root;
    private final Path dataDir;
    private final Set<String> only = new HashSet<>();
    private final Map<String, Map<String, String>> serviceEnv = new HashMap<>();
    private final List<ExtraService> extras = new ArrayList<>();
    private List<String> jvmOptions = SERVICE_JVM_OPTIONS;
    private Path keycloakCache;
    private String profile;
    private String profileDescription = "embedded default: H2 file databases";

    public BenchPlatform(Path root, Path dataDir) {
        this.root = root;
        this.dataDir = dataDir;
    }

    public BenchPlatform only(String... components) {
        only.addAll(List.of(components));
        return this;
    }

    /** A variable one service gets on top of the launcher's (e.g. {@code RATE_LIMIT_ENABLED=false}). */
    public BenchPlatform env(String component, String key, String value) {
        serviceEnv.computeIfAbsent(component, name -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /** {@code mysql}: the services on this machine's MySQL/MariaDB (fresh {@code *_bench} databases). */
    public BenchPlatform profile(String profile) {
        this.profile = profile;
        return this;
    }

    /** What the services store in, for the result block. */
    public String profileDescription() {
        return profileDescription;
    }

    public BenchPlatform jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /**
     * Keeps Keycloak's installation (extracted distribution, augmented Quarkus build, realm database) in this folder
     * across runs: the first start of a fresh copy takes minutes, a later one about 30 s.
     */
    public BenchPlatform keycloakCache(Path dir) {
        this.keycloakCache = dir;
        return this;
    }

    /**
     * A second instance of a module's jar under another name, with its own environment and H2 files
     * (e.g. a process engine on another history level, measured in the same run).
     */
    public BenchPlatform extraInstance(String name, String module, List<String> dependsOn, Map<String, String> env) {
        extras.add(new ExtraService(name, module, dependsOn, Map.copyOf(env)));
        only.add(name);
        return this;
    }

    public RunningPlatform start(java.util.function.Consumer<String> progress) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        Set<Integer> taken = new HashSet<>();
        for (String name : List.of("kafka", "keycloak", "item-service", "customer-service", "order-service",
                "process-engine", "chatbot-adapter", "gateway")) {
            environment.put(Component.envPrefix(name) + "_PORT", Integer.toString(freshPort(taken)));
        }
        if ("mysql".equals(profile)) {
            BenchDatabases databases = new BenchDatabases(environment);
            profileDescription = databases.describe();
            List<String> withDatabase = only.stream()
                    .filter(name -> List.of("item-service", "customer-service", "order-service").contains(name)
                            || name.startsWith("process-engine")).sorted().toList();
            databases.prepare(withDatabase).forEach((service, vars) -> vars.forEach((key, value) -> env(service, key, value)));
        } else if (profile != null) {
            throw new IllegalArgumentException("--profile: only mysql (or none for the embedded default), not " + profile);
        }
        List<Component> components = new ArrayList<>();
        for (Component component : PlatformComponents.defaults(environment)) {
            if (component instanceof JavaService service) {
                service.jvmOptions(jvmOptions);
                serviceEnv.getOrDefault(component.name(), Map.of()).forEach(service::env);
            }
            components.add(component);
        }
        for (ExtraService extra : extras) {
            components.add(extra.component(freshPort(taken)));
        }
        linkKeycloakCache();
        PlatformSpec spec = PlatformSpec.builder(root).dataDir(dataDir).components(components).only(only)
                .profile(profile).environment(environment).startTimeout(Duration.ofMinutes(4)).progress(progress).build();
        return Platform.start(spec);
    }

    private void linkKeycloakCache() {
        if (keycloakCache == null || !only.contains("keycloak") && !only.contains("gateway")) {
            return;
        }
        try {
            Files.createDirectories(keycloakCache);
            Files.createDirectories(dataDir);
            Files.createSymbolicLink(dataDir.resolve("keycloak"), keycloakCache.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("could not link the Keycloak cache " + keycloakCache, e);
        }
    }

    private static int freshPort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Ports.freePort();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free local port");
    }

    private final class ExtraService {
        private final String name;
        private final String module;
        private final List<String> dependsOn;
        private final Map<String, String> env;

        ExtraService(String name, String module, List<String> dependsOn, Map<String, String> env) {
            this.name = name;
            this.module = module;
            this.dependsOn = dependsOn;
            this.env = env;
        }

        /** Runs a copy of the module's jar, so a rebuild while the benchmark runs cannot break it. */
        Component component(int port) {
            Path jar = SpringBootJar.find(root.resolve(module), module)
                    .orElseThrow(() -> new StartupException(module + " is not built (no executable jar in target/)"));
            Path copy = dataDir.resolve("run").resolve(name + ".jar");
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + jar, e);
            }
            JavaService service = JavaService.mainClass(name, port, copy.toString(), JAR_LAUNCHER)
                    .dependsOn(dependsOn.toArray(String[]::new)).jvmOptions(jvmOptions)
                    // its own H2 files: two instances must never share a database file
                    .env("DATA_DIR", dataDir.resolve("data-" + name).toString());
            env.forEach(service::env);
            serviceEnv.getOrDefault(name, Map.of()).forEach(service::env);
            return service;
        }
    }
}
