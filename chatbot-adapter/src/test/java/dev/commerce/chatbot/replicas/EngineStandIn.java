package dev.commerce.chatbot.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.commerce.chatbot.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stands in, over real HTTP, for everything one adapter calls: the engine ({@code POST /engine-rest/message}),
 * item-service's catalogue, customer-service (nobody is linked) and their readiness. Like the real chatbot process
 * it answers each correlation by posting the reply to the logical name {@code chatbot-adapter}; here that name is
 * whatever {@link #replyTo} says, typically the OTHER replica. Utterances in {@link #hold} get no reply: the test
 * posts it when the case needs, as a slow process would. {@link #responseDelay} makes the correlation itself slow.
 */
final class EngineStandIn implements AutoCloseable {

    record ReplyPost(String conversationId, int status, String body) {
    }

    final List<JsonNode> correlations = new CopyOnWriteArrayList<>();
    final List<ReplyPost> replies = new CopyOnWriteArrayList<>();
    final Set<String> hold = ConcurrentHashMap.newKeySet();
    volatile String replyTo;
    volatile Duration responseDelay = Duration.ZERO;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final HttpServer server;

    EngineStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/engine-rest/message", this::correlate);
        server.createContext("/api/items", exchange -> respond(exchange, 200, "application/json", DemoData.ITEMS_PAGE));
        server.createContext("/api/customers/by-kakao/", exchange -> respond(exchange, 404, "application/problem+json",
                "{\"type\":\"/problems/not-found\",\"status\":404}"));
        server.createContext("/actuator/health/readiness",
                exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<JsonNode> correlationsOf(String utterance) {
        return correlations.stream()
                .filter(body -> utterance.equals(body.at("/processVariables/utterance/value").asText())).toList();
    }

    /** What the chatbot process's send task does: POST the reply, remember the adapter's answer. */
    ReplyPost postReply(String adapterUrl, String conversationId, String replyJson) {
        URI endpoint = URI.create(adapterUrl + "/internal/chatbot/replies/" + conversationId);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Internal-Token", AdapterReplica.INTERNAL_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(replyJson)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ReplyPost post = new ReplyPost(conversationId, response.statusCode(), response.body());
            replies.add(post);
            return post;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The reply the process would give: asks for the order number, tracks it, or echoes the question. */
    static String replyFor(JsonNode correlation) {
        JsonNode variables = correlation.path("processVariables");
        String intent = variables.at("/intent/value").asText();
        JsonNode orderNumber = variables.at("/orderNumber/value");
        if ("delivery.track".equals(intent) && orderNumber.isNull()) {
            return "{\"text\":\"배송을 조회할 주문번호를 알려 주세요.\",\"awaiting\":\"order_number\"}";
        }
        if ("delivery.track".equals(intent)) {
            return "{\"text\":\"주문 " + orderNumber.asText() + "은 배송 중이에요.\"}";
        }
        return "{\"text\":\"답변: " + variables.at("/utterance/value").asText() + "\"}";
    }

    private void correlate(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        correlations.add(body);
        sleep(responseDelay);
        respond(exchange, 204, null, null);
        String utterance = body.at("/processVariables/utterance/value").asText();
        String target = replyTo;
        if (!hold.contains(utterance) && target != null) {
            workers.execute(() -> postReply(target, body.path("businessKey").asText(), replyFor(body)));
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
