package dev.commerce.gateway.observability;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Passes W3C trace context downstream on every route: the caller's trace continues (new parent span id), a
 * request without one starts a trace. {@code tracestate} travels unchanged. The trace id goes to the access log,
 * so a gateway line can be matched with the services' logs and events ({@code traceparent} in the event envelope).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class TraceContextFilter implements WebFilter {

    public static final String HEADER = "traceparent";
    public static final String TRACE_ID_ATTRIBUTE = TraceContextFilter.class.getName() + ".traceId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        TraceParent next = TraceParent.nextHop(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, next.traceId());
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, next.toString()))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
