package dev.commerce.gateway.ownership.adapter.in.gateway;

import dev.commerce.gateway.observability.RequestIdFilter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/** The caller's headers that a lookup made on its behalf carries on. */
final class ForwardedHeaders {

    private static final List<String> NAMES = List.of(HttpHeaders.AUTHORIZATION, RequestIdFilter.HEADER, "traceparent", "tracestate");

    private ForwardedHeaders() {
    }

    static HttpHeaders of(ServerWebExchange exchange) {
        HttpHeaders forwarded = new HttpHeaders();
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        NAMES.forEach(name -> {
            List<String> values = incoming.get(name);
            if (values != null) {
                forwarded.put(name, values);
            }
        });
        return forwarded;
    }
}
