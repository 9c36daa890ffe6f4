package dev.commerce.platform.cluster;

import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.keycloak.SharedKeycloak;
import dev.commerce.launcher.Platform;
import dev.commerce.launcher.PlatformComponents;
import dev.commerce.launcher.PlatformSpec;
import dev.commerce.launcher.Replicas;
import dev.commerce.launcher.RepositoryRoot;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.process.Ports;
import dev.commerce.platform.support.E2ePlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform as {@code ./run.sh --profile mysql --replicas 2} runs it: the launcher's own catalogue
 * ({@link PlatformComponents#defaults}), two instances of every service as separate JVMs on the machine's MariaDB and
 * Redis, one real KRaft broker, and a real Keycloak (the test JVM's {@link SharedKeycloak}, in place of the
 * launcher's). Every port is a free one; data and logs under {@code target/cluster}.
 */
public final class ClusterPlatform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("item-service", "customer-service", "order-service",
            "process-engine", "chatbot-adapter", "gateway");
    static final int REPLICAS = 2;

    private final RunningPlatform platform;
    private final KeycloakServer keycloak;
    private final ClusterDatabases databases;

    private ClusterPlatform(RunningPlatform platform, KeycloakServer keycloak, ClusterDatabases databases) {
        this.platform = platform;
        this.keycloak = keycloak;
        this.databases = databases;
    }

    static ClusterPlatform start() {
        Path root = RepositoryRoot.detect();
        E2ePlatform.requireJars(root, SERVICES);
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(SharedKeycloak::get);
        ClusterDatabases databases = ClusterDatabases.recreate();
        Map<String, String> env = new HashMap<>();
        for (String component : List.of("kafka", "keycloak", "item-service", "customer-service", "order-service",
                "process-engine", "chatbot-adapter", "gateway")) {
            env.put(Component.envPrefix(component) + "_PORT", Integer.toString(Ports.freePort()));
            env.put(Component.envPrefix(component) + "_2_PORT", Integer.toString(Ports.freePort()));
        }
        env.put("DB_HOST", databases.host());
        env.put("DB_PORT", databases.port());
        env.put("REDIS_HOST", System.getenv().getOrDefault("REDIS_HOST", "127.0.0.1"));
        env.put("REDIS_PORT", System.getenv().getOrDefault("REDIS_PORT", "6379"));
        KeycloakServer server = keycloak.join();
        env.put("KEYCLOAK_URL", server.baseUrl());
        env.put("KEYCLOAK_ISSUER_URI", server.issuerUri());

        List<Component> components = PlatformComponents.defaults(env);
        String bucket = "cluster-it-" + UUID.randomUUID();
        for (Component component : components) {
            if (component instanceof JavaService service) {
                ClusterDatabases.DATABASES.keySet().stream().filter(service.name()::equals)
                        .forEach(name -> databases.environment(name).forEach(service::env));
                service.env("REDIS_HOST", env.get("REDIS_HOST")).env("REDIS_PORT", env.get("REDIS_PORT"))
                        // a quota key space of this run only, in the shared Redis
                        .env("RATE_LIMIT_BUCKET", bucket);
            }
        }
        Path dataDir = root.resolve("platform-tests").resolve("target").resolve("cluster");
        PlatformSpec spec = PlatformSpec.builder(root)
                .dataDir(dataDir)
                .components(components)
                .skip(Set.of("keycloak"))
                .profile("mysql")
                .replicas(new Replicas(REPLICAS, Map.of()))
                .environment(env)
                .startTimeout(Duration.ofMinutes(5))
                .progress(line -> System.out.println("[cluster] " + line))
                .build();
        return new ClusterPlatform(Platform.start(spec), server, databases);
    }

    public List<String> urls(String service) {
        return platform.baseUrls(service);
    }

    public String url(String instance) {
        return platform.baseUrl(instance);
    }

    public List<String> instances(String service) {
        return platform.instances(service);
    }

    ClusterDatabases databases() {
        return databases;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String kafkaBootstrapServers() {
        return platform.kafkaBootstrapServers();
    }

    public RunningPlatform launcher() {
        return platform;
    }

    public Path logsDir() {
        return platform.logsDir();
    }

    @Override
    public void close() {
        platform.close();
    }
}
