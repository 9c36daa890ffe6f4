package dev.commerce.order.order.adapter.out.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * 4xx answers become {@link DownstreamProblemException} with the problem's detail and extensions; 5xx stay Feign's
 * own exceptions, which the circuit breaker records as failures.
 */
class ProblemErrorDecoder implements ErrorDecoder {

    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
    private static final int MAX_BODY = 64 * 1024;

    private final ObjectMapper mapper;
    private final ErrorDecoder fallback = new ErrorDecoder.Default();

    ProblemErrorDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            return fallback.decode(methodKey, response);
        }
        Map<String, Object> body = readBody(response);
        Map<String, Object> extensions = new LinkedHashMap<>(body);
        extensions.keySet().removeAll(STANDARD_MEMBERS);
        Object type = body.get("type");
        Object detail = body.get("detail");
        return new DownstreamProblemException(response.status(), type == null ? null : type.toString(),
                detail == null ? "HTTP " + response.status() : detail.toString(), extensions);
    }

    private Map<String, Object> readBody(Response response) {
        if (response.body() == null) {
            return Map.of();
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY);
            return bytes.length == 0 ? Map.of() : mapper.readValue(bytes, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException | RuntimeException e) {
            // Not problem+json (a proxy's HTML page, say): keep the status, lose the detail.
            return Map.of();
        }
    }
}
