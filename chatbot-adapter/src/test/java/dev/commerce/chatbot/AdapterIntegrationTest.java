package dev.commerce.chatbot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the real adapter on a random port, talking over real HTTP to WireMock
 * servers that stand in for item-service, customer-service and the process engine (one server, three logical
 * names) and for Kakao's callback endpoint. Every IT extends this class unchanged, so they share one Spring
 * context. The webhook's time limit is the production default (3.5 s); only the callback's life is shortened
 * (8 s, apology 2 s before its end) so the expiry path can be tested in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class AdapterIntegrationTest {

    protected static final String SECRET = "local-kakao-secret";
    protected static final String INTERNAL_TOKEN = "local-internal-token";
    protected static final String BOT_ID = "5a548e36aea1a43fa851ecd9";

    protected static final WireMockServer DOWNSTREAM = new WireMockServer(options().dynamicPort());
    protected static final WireMockServer KAKAO = new WireMockServer(options().dynamicPort());

    static {
        DOWNSTREAM.start();
        KAKAO.start();
        stubDefaults();
    }

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + DOWNSTREAM.port();
        registry.add("spring.cloud.discovery.client.simple.instances.item-service[0].uri", () -> url);
        registry.add("spring.cloud.discovery.client.simple.instances.customer-service[0].uri", () -> url);
        registry.add("spring.cloud.discovery.client.simple.instances.process-engine[0].uri", () -> url);
        registry.add("commerce.kakao.allowed-bot-ids", () -> BOT_ID + ",another-allowed-bot");
        registry.add("commerce.kakao.callback-validity", () -> "8s");
        registry.add("commerce.kakao.callback-safety-margin", () -> "2s");
        registry.add("commerce.nlu.catalogue-refresh-interval", () -> "1h");
        registry.add("commerce.nlu.catalogue-retry-interval", () -> "1h");
        registry.add("spring.cloud.openfeign.client.config.process-engine.read-timeout", () -> "20000");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void resetStandIns() {
        DOWNSTREAM.resetAll();
        KAKAO.resetAll();
        stubDefaults();
    }

    private static void stubDefaults() {
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson(DemoData.ITEMS_PAGE)));
        DOWNSTREAM.stubFor(get(urlPathMatching("/api/customers/by-kakao/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"/problems/not-found\",\"status\":404}")));
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/customers/by-kakao/kakao-minsu")).willReturn(okJson(DemoData.MINSU)));
        DOWNSTREAM.stubFor(post(urlPathEqualTo("/engine-rest/message")).willReturn(aResponse().withStatus(204)));
        KAKAO.stubFor(post(urlPathMatching("/callback/.*")).willReturn(okJson(
                "{\"taskId\":\"t-1\",\"status\":\"SUCCESS\",\"message\":\"ok\",\"timestamp\":1763600000000}")));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A realistic Open Builder skill payload (the shape of Kakao's documented example). */
    protected ObjectNode payload(String utterance, String userKey, String callbackUrl) {
        ObjectNode payload = (ObjectNode) read(DemoData.SKILL_PAYLOAD_TEMPLATE);
        ObjectNode userRequest = (ObjectNode) payload.get("userRequest");
        userRequest.put("utterance", utterance);
        ((ObjectNode) userRequest.get("user")).put("id", userKey);
        ((ObjectNode) userRequest.at("/user/properties")).put("botUserKey", userKey);
        if (callbackUrl != null) {
            userRequest.put("callbackUrl", callbackUrl);
        }
        return payload;
    }

    protected String callbackUrl(String name) {
        return "http://localhost:" + KAKAO.port() + "/callback/" + name;
    }

    protected CompletableFuture<HttpResponse<String>> sendSkill(Object payload, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/kakao/skill")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload instanceof String s ? s : write(payload)));
        if (secret != null) {
            request.header("X-Skill-Secret", secret);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postJson(String path, String body, String headerName, String headerValue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headerName != null) {
            request.header(headerName, headerValue);
        }
        return send(request.build());
    }

    protected HttpResponse<String> getPath(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET().build());
    }

    protected HttpResponse<String> reply(String conversationId, String replyJson) {
        return postJson("/internal/chatbot/replies/" + conversationId, replyJson, "X-Internal-Token", INTERNAL_TOKEN);
    }

    /** Waits until the engine stand-in received the message for this utterance and returns its body. */
    protected JsonNode awaitEngineMessage(String utterance) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> engineMessages().stream()
                .filter(body -> utterance.equals(body.at("/processVariables/utterance/value").asText()))
                .findFirst().orElse(null), body -> body != null);
    }

    protected List<JsonNode> engineMessages() {
        return DOWNSTREAM.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/engine-rest/message"))
                .map(ServeEvent::getRequest)
                .map(request -> read(request.getBodyAsString()))
                .toList();
    }

    protected List<JsonNode> callbacksReceived(String name) {
        return KAKAO.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals("/callback/" + name))
                .map(event -> read(event.getRequest().getBodyAsString()))
                .toList();
    }

    protected JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
