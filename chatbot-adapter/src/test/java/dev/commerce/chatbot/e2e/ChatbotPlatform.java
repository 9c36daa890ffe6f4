package dev.commerce.chatbot.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.ChatbotAdapterApplication;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything the chatbot needs, real: a KRaft broker and the item-, customer-, order-service and process-engine
 * jars as child JVMs (launcher library, free ports, fresh H2 data with the demo catalogue and customers in a
 * temporary directory), and this module's adapter in the test JVM, pointed at them. The engine posts its replies
 * to the adapter's port, chosen before the engine starts.
 */
final class ChatbotPlatform implements AutoCloseable {

    static final String SECRET = "local-kakao-secret";
    static final List<String> JARS = List.of("item-service", "customer-service", "order-service", "process-engine");

    private final RunningPlatform platform;
    private final ConfigurableApplicationContext adapter;
    private final int adapterPort;
    private final Path dataDir;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ChatbotPlatform(RunningPlatform platform, ConfigurableApplicationContext adapter, int adapterPort,
                            Path dataDir) {
        this.platform = platform;
        this.adapter = adapter;
        this.adapterPort = adapterPort;
        this.dataDir = dataDir;
    }

    static List<String> missingJars() {
        Path root = RepositoryRoot.detect();
        return JARS.stream().filter(module -> !Files.isRegularFile(
                root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar"))).toList();
    }

    static ChatbotPlatform start() throws IOException {
        Path dataDir = Files.createTempDirectory("chatbot-e2e");
        int adapterPort = Ports.freePort();
        List<Component> components = List.of(
                new KafkaBrokerComponent(Ports.freePort()),
                JavaService.springBootModule("item-service", Ports.freePort()).dependsOn("kafka"),
                JavaService.springBootModule("customer-service", Ports.freePort()).dependsOn("kafka"),
                JavaService.springBootModule("order-service", Ports.freePort()).dependsOn("kafka"),
                JavaService.springBootModule("process-engine", Ports.freePort()).dependsOn("kafka")
                        .env("CHATBOT_ADAPTER_URL", "http://localhost:" + adapterPort)
                        // a frozen item-service must outlast the webhook's 3.5 s so the reply takes the callback
                        // path, and still answer once thawed: a generous read timeout for this test only
                        .env("SERVICE_READ_TIMEOUT", "20s")
                        // promotion jobs run soon after the facade call
                        .env("CAMUNDA_JOB_WAIT_TIME_MILLIS", "500")
                        .env("CAMUNDA_JOB_MAX_WAIT_MILLIS", "1000"));
        PlatformSpec spec = PlatformSpec.builder(RepositoryRoot.detect())
                .dataDir(dataDir)
                .components(components)
                .only(Set.of("kafka", "item-service", "customer-service", "order-service", "process-engine"))
                .environment(Map.of())
                .progress(line -> System.out.println("[chatbot-e2e] " + line))
                .build();
        RunningPlatform platform = Platform.start(spec);
        try {
            // command-line arguments: they win over application.yml (builder "properties" would only be defaults)
            List<String> arguments = new ArrayList<>();
            arguments.add("--server.port=" + adapterPort);
            for (String service : List.of("item-service", "customer-service", "process-engine")) {
                arguments.add("--spring.cloud.discovery.client.simple.instances." + service + "[0].uri="
                        + platform.baseUrl(service));
            }
            ConfigurableApplicationContext adapter = new SpringApplicationBuilder(ChatbotAdapterApplication.class)
                    .run(arguments.toArray(String[]::new));
            return new ChatbotPlatform(platform, adapter, adapterPort, dataDir);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    String url(String component) {
        return platform.baseUrl(component);
    }

    long pid(String component) {
        return platform.component(component).pid();
    }

    void stop(String component) {
        platform.stop(component);
    }

    /** POSTs a skill payload to the adapter's webhook. */
    HttpResponse<String> skill(String payload) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + adapterPort + "/kakao/skill"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Skill-Secret", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build());
    }

    JsonNode get(String component, String path) {
        return read(send(HttpRequest.newBuilder(URI.create(url(component) + path)).timeout(Duration.ofSeconds(30))
                .GET().build()), 200);
    }

    /** The engine's REST API with the demo login, as Cockpit and Modeler use it. */
    JsonNode engineRest(String pathAndQuery) {
        String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        return read(send(HttpRequest.newBuilder(URI.create(url("process-engine") + "/engine-rest" + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic).GET().build()), 200);
    }

    JsonNode post(String component, String path, Object body, int expectedStatus) {
        try {
            return read(send(HttpRequest.newBuilder(URI.create(url(component) + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build()), expectedStatus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode read(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            platform.close();
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[chatbot-e2e] could not remove " + dir + ": " + e);
        }
    }
}
