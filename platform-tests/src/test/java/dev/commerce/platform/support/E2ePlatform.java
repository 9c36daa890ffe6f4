package dev.commerce.platform.support;

import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.keycloak.SharedKeycloak;
import dev.commerce.launcher.Platform;
import dev.commerce.launcher.PlatformSpec;
import dev.commerce.launcher.RepositoryRoot;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.component.KafkaBrokerComponent;
import dev.commerce.launcher.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The platform every end-to-end test of this JVM shares: a real KRaft broker and the real item-, customer- and
 * order-service jars as child JVMs (started on first use), and a real Keycloak with the gateway jar in front of
 * the services (started on first use of {@link #gatewayUrl()}, or earlier in the background when the run
 * contains a gateway test, see {@link GatewayWarmUp}). Every port is a free one; data lives in
 * {@code target/e2e}, recreated per run.
 */
public final class E2ePlatform implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String ITEMS = "item-service";
    public static final String CUSTOMERS = "customer-service";
    public static final String ORDERS = "order-service";
    public static final String GATEWAY = "gateway";
    public static final List<String> SERVICES = List.of(ITEMS, CUSTOMERS, ORDERS);
    private static final List<String> JARS = List.of(ITEMS, CUSTOMERS, ORDERS, GATEWAY);

    private static E2ePlatform instance;
    private static RuntimeException startFailure;
    private static CompletableFuture<KeycloakServer> keycloakStart;

    private final RunningPlatform platform;
    private final ServiceDatabases databases;
    private final JavaService gateway;
    private CompletableFuture<String> gatewayStart;

    private E2ePlatform(RunningPlatform platform, ServiceDatabases databases, JavaService gateway) {
        this.platform = platform;
        this.databases = databases;
        this.gateway = gateway;
    }

    public static synchronized E2ePlatform get() {
        if (startFailure != null) {
            // one failed start (with the component's log in the message) is enough for the whole run
            throw new IllegalStateException("the platform did not start earlier in this run", startFailure);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            if (keycloakStart != null) {
                instance.startGateway();
            }
        }
        return instance;
    }

    /** Starts Keycloak without waiting for it (a gateway test will need it later in this run). */
    public static synchronized void startKeycloakInBackground() {
        if (keycloakStart == null) {
            keycloakStart = CompletableFuture.supplyAsync(SharedKeycloak::get);
        }
    }

    private static E2ePlatform start() {
        Path root = RepositoryRoot.detect();
        requireJars(root);
        Path dataDir = root.resolve("platform-tests").resolve("target").resolve("e2e");
        deleteRecursively(dataDir);
        ServiceDatabases databases = ServiceDatabases.prepare();
        System.out.println("[e2e] service databases: " + databases.describe());

        String nothingListens = "http://localhost:" + Ports.freePort();
        JavaService gateway = JavaService.springBootModule(GATEWAY, Ports.freePort())
                // routes the tests never use must not reach whatever runs on the fixed default ports
                .env("PROCESS_ENGINE_URL", nothingListens)
                .env("CHATBOT_ADAPTER_URL", nothingListens);
        List<Component> components = List.of(
                new KafkaBrokerComponent(Ports.freePort()),
                service(ITEMS, databases),
                service(CUSTOMERS, databases),
                service(ORDERS, databases),
                gateway);
        PlatformSpec spec = PlatformSpec.builder(root)
                .dataDir(dataDir)
                .components(components)
                .only(Set.of(KAFKA, ITEMS, CUSTOMERS, ORDERS))
                .environment(Map.of())
                .progress(line -> System.out.println("[e2e] " + line))
                .build();
        E2ePlatform platform = new E2ePlatform(Platform.start(spec), databases, gateway);
        try {
            platform.warmUp();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /**
     * A freshly started service answers its first reservation slowly (measured ~2 s here on a busy 2-core machine:
     * first Hibernate write, first outbox send, C1-only JIT), longer than order-service's 1.5 s read timeout, so
     * the first order after a start fails with 503. The tests are about behaviour, not cold starts: exercise the
     * paths once before they run. A reservation made and released directly in item-service leaves the stock as
     * it was (and a released reservation under a number order-service never issues).
     */
    private void warmUp() {
        Http items = Http.to(url(ITEMS));
        Http customers = Http.to(url(CUSTOMERS));
        for (int round = 1; round <= 3; round++) {
            String number = "E2E-WARMUP-" + round;
            items.post("/api/reservations", Map.of("orderNumber", number,
                    "lines", List.of(Map.of("itemId", 1, "quantity", 1))));
            items.delete("/api/reservations/" + number);
            customers.get("/api/customers/1");
            Http.to(url(ORDERS)).get("/api/orders?customerId=1");
        }
    }

    private static JavaService service(String name, ServiceDatabases databases) {
        JavaService service = JavaService.springBootModule(name, Ports.freePort()).dependsOn(KAFKA);
        databases.environment(name).forEach(service::env);
        return service;
    }

    public String url(String component) {
        return platform.baseUrl(component);
    }

    public String kafkaBootstrapServers() {
        return platform.kafkaBootstrapServers();
    }

    public ServiceDatabases databases() {
        return databases;
    }

    /** The process id of a running component's JVM (to freeze it with SIGSTOP). */
    public long pid(String component) {
        return platform.component(component).pid();
    }

    /** Stops one component gracefully (SIGTERM); the others keep running. */
    public void stop(String component) {
        platform.stop(component);
    }

    /** Starts a stopped component again on the same port and data; returns when it is ready. */
    public void start(String component) {
        platform.start(component);
    }

    public KeycloakServer keycloak() {
        startKeycloakInBackground();
        return keycloakStart.join();
    }

    /** The gateway in front of the running services, validating tokens of the shared Keycloak. */
    public String gatewayUrl() {
        return startGateway().join();
    }

    private synchronized CompletableFuture<String> startGateway() {
        if (gatewayStart == null) {
            gatewayStart = CompletableFuture.supplyAsync(() -> {
                KeycloakServer keycloak = keycloak();
                gateway.env("KEYCLOAK_URL", keycloak.baseUrl())
                        .env("KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
                platform.start(GATEWAY);
                return platform.baseUrl(GATEWAY);
            });
        }
        return gatewayStart;
    }

    @Override
    public void close() {
        platform.close();
    }

    static synchronized void closeShared() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    private static void requireJars(Path root) {
        requireJars(root, JARS);
    }

    /** Fails with the command that builds them when a module's jar is missing. */
    public static void requireJars(Path root, List<String> modules) {
        List<String> missing = modules.stream()
                .filter(module -> !Files.isRegularFile(root.resolve(module).resolve("target")
                        .resolve(module + "-0.1.0-SNAPSHOT.jar")))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("service jars not built: " + missing
                    + ". Run ./mvnw -pl platform-tests -am verify (the reactor packages them first).");
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
