package dev.commerce.order.order.adapter.out.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 4xx answer of a downstream service, parsed from its problem+json. Not a failure of the service: the circuit
 * breaker does not count it (only Feign's transport and 5xx exceptions are recorded).
 */
class DownstreamProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final transient Map<String, Object> properties;

    DownstreamProblemException(int status, String type, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        // Problem extensions may hold nulls, which Map.copyOf rejects.
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    int status() {
        return status;
    }

    boolean hasType(String slug) {
        return type != null && type.endsWith("/problems/" + slug);
    }

    Map<String, Object> properties() {
        return properties;
    }
}
