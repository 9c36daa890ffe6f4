package dev.commerce.gateway.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One line per request on logger {@code dev.commerce.gateway.access}: method, path, status, duration, user,
 * request id and trace id. It wraps the security chain, so rejected requests (401/403/429) are logged as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AccessLogFilter implements WebFilter {

    private static final Logger access = LoggerFactory.getLogger("dev.commerce.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        CallerName caller = new CallerName();
        exchange.getAttributes().put(CallerName.ATTRIBUTE, caller);
        return chain.filter(exchange).doFinally(signal -> log(exchange, caller, started, signal));
    }

    private static void log(ServerWebExchange exchange, CallerName caller, long started, SignalType signal) {
        if (!access.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        access.info("method={} path={} status={} durationMs={} user={} requestId={} traceId={}{}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                status == null ? "-" : status.value(),
                (System.nanoTime() - started) / 1_000_000,
                caller.get(),
                exchange.getAttributeOrDefault(RequestIdFilter.ATTRIBUTE, "-"),
                exchange.getAttributeOrDefault(TraceContextFilter.TRACE_ID_ATTRIBUTE, "-"),
                signal == SignalType.CANCEL ? " cancelled=true" : "");
    }
}
