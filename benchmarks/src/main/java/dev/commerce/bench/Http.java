package dev.commerce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Set-up calls of the benchmarks (raise stock, get a token); the load itself goes through the LoadRunner. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;

    public Http(HttpClient client) {
        this.client = client;
    }

    /** HTTP/1.1 with keep-alive: the protocol the services and the gateway are called with in production. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpClient client() {
        return client;
    }

    public static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    public static HttpRequest.Builder jsonRequest(String url, String method, String body) {
        return request(url).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    public JsonNode get(String url) {
        return expect(request(url).header("Accept", "application/json").GET().build(), 200);
    }

    public JsonNode send(String method, String url, Object body, int expectedStatus) {
        try {
            return expect(jsonRequest(url, method, JSON.writeValueAsString(body)).build(), expectedStatus);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }

    /**
     * Sends a set-up request. A 503 is retried for up to 30 s: right after the start a cold service may miss its
     * caller's timeout (order-service gives item-service 1.5 s) until its code is compiled.
     */
    public JsonNode expect(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (int attempt = 1; response.statusCode() == 503 && expectedStatus != 503 && attempt < 30; attempt++) {
                Thread.sleep(1_000);
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + " (expected " + expectedStatus + "): " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
