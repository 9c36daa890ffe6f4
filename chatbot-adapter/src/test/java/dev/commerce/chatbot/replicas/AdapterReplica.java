package dev.commerce.chatbot.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.chatbot.ChatbotAdapterApplication;
import dev.commerce.chatbot.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One adapter instance: the real application in its own Spring context on a free port of this JVM, configured
 * by command-line arguments as the launcher configures a replica (the lead's platform tests repeat this with
 * separate JVMs). Its item-, customer-service and engine are the given stand-ins.
 */
final class AdapterReplica implements AutoCloseable {

    static final String SECRET = "local-kakao-secret";
    static final String INTERNAL_TOKEN = "local-internal-token";

    final String name;
    private final ConfigurableApplicationContext context;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private AdapterReplica(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** {@code engineUrls}: the instance list of process-engine (item- and customer-service are the first). */
    static AdapterReplica start(String name, List<String> engineUrls, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--commerce.instance-id=" + name,
                "--spring.main.banner-mode=off",
                "--spring.cloud.discovery.client.simple.instances.item-service[0].uri=" + engineUrls.get(0),
                "--spring.cloud.discovery.client.simple.instances.customer-service[0].uri=" + engineUrls.get(0),
                "--commerce.nlu.catalogue-refresh-interval=1h", "--commerce.nlu.catalogue-retry-interval=1h"));
        for (int i = 0; i < engineUrls.size(); i++) {
            arguments.add("--spring.cloud.discovery.client.simple.instances.process-engine[" + i + "].uri="
                    + engineUrls.get(i));
        }
        arguments.addAll(List.of(extra));
        return new AdapterReplica(name, new SpringApplicationBuilder(ChatbotAdapterApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    /** A replica on the redis profile, as the launcher starts it when the adapter has several instances. */
    static AdapterReplica startOnRedis(String name, EngineStandIn engine, String keyPrefix, int redisPort,
                                       String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=default,redis",
                "--spring.data.redis.host=" + TestRedis.HOST, "--spring.data.redis.port=" + redisPort,
                "--commerce.chatbot.redis.key-prefix=" + keyPrefix,
                "--spring.cloud.loadbalancer.configurations=health-check",
                "--commerce.kakao.callback-validity=20s", "--commerce.kakao.callback-safety-margin=2s"));
        arguments.addAll(List.of(extra));
        return start(name, List.of(engine.url()), arguments.toArray(String[]::new));
    }

    String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    CompletableFuture<HttpResponse<String>> skill(String utterance, String userKey, String callbackUrl) {
        ObjectNode payload = (ObjectNode) read(DemoData.SKILL_PAYLOAD_TEMPLATE);
        ObjectNode userRequest = (ObjectNode) payload.get("userRequest");
        userRequest.put("utterance", utterance);
        ((ObjectNode) userRequest.get("user")).put("id", userKey);
        if (callbackUrl != null) {
            userRequest.put("callbackUrl", callbackUrl);
        }
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url() + "/kakao/skill")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Skill-Secret", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10))
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(HttpResponse<String> response) {
        return read(response.body()).at("/template/outputs/0/simpleText/text").asText();
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}
