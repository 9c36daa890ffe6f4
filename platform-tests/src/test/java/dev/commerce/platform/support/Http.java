package dev.commerce.platform.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plain JSON over HTTP against one base URL, with an optional bearer token. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    private Http(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    public static Http to(String baseUrl) {
        return new Http(baseUrl, null, Map.of());
    }

    public Http withToken(String accessToken) {
        return new Http(baseUrl, accessToken, headers);
    }

    /** Sends this header with every request (for example a W3C {@code traceparent}). */
    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(baseUrl, token, Map.copyOf(more));
    }

    public Response get(String path) {
        return send(json(request(path)).GET());
    }

    /** A plain-text resource such as {@code /actuator/prometheus}. */
    public Response getText(String path) {
        return send(request(path).header("Accept", "text/plain").GET());
    }

    public Response post(String path, String json) {
        return send(json(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, Object body) {
        return post(path, write(body));
    }

    public Response delete(String path) {
        return send(json(request(path)).DELETE());
    }

    /** An HTML-form POST (the OAuth2 token endpoint). */
    public Response postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(json(request(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder) {
        return builder.header("Accept", "application/json, application/problem+json");
    }

    private static Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(request.method() + " " + request.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type"), response.headers(), response.body(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** One answer; {@code toString()} is what an assertion failure shows. */
    public record Response(String request, int status, Optional<String> contentType, HttpHeaders headers, String body,
                           Duration took) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode json() {
            return read(body);
        }

        public boolean isProblem() {
            return contentType.map(type -> type.startsWith("application/problem+json")).orElse(false);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType.orElse("") + " in " + took.toMillis() + " ms: " + body;
        }
    }
}
