package dev.commerce.order.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.util.Map;

/** A plain HTTP client of the running service that never throws on 4xx/5xx. */
public final class Api {

    private final RestClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    public Reply get(String path) {
        return send(HttpMethod.GET, path, null, null, Map.of());
    }

    public Reply postJson(String path, String json) {
        return send(HttpMethod.POST, path, json, "application/json", Map.of());
    }

    public Reply postJson(String path, String json, Map<String, String> headers) {
        return send(HttpMethod.POST, path, json, "application/json", headers);
    }

    public Reply send(HttpMethod method, String path, String body, String contentType, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        headers.forEach(spec::header);
        if (contentType != null) {
            spec.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (body != null) {
            spec.body(body);
        }
        ResponseEntity<String> response = spec.retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getHeaders(), parse(response.getBody()));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(body);
        }
    }

    public record Reply(int status, HttpHeaders headers, JsonNode body) {

        public String contentType() {
            return headers.getContentType() == null ? null : headers.getContentType().toString();
        }

        public String problemType() {
            return body.path("type").asText();
        }
    }
}
