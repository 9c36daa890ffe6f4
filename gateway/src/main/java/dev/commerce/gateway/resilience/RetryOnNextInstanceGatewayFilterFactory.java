package dev.commerce.gateway.resilience;

import dev.commerce.gateway.resilience.AttemptFailures.GatewayErrorAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Route filter {@code RetryOnNextInstance}: sends a failed attempt again, through the load balancer, which picks an
 * instance this request has not tried yet ({@code UntriedInstances}). A request that could not connect is retried
 * whatever its method; one that failed after reaching an instance (reset, premature close, response timeout, 502/504)
 * only when it is listed as {@code idempotent} ({@link IdempotentRequests}).
 *
 * <p>Spring Cloud Gateway's {@code Retry} filter decides by exception and method alone, so it cannot retry a refused
 * POST without also retrying a POST reset in flight, and two of them on one route share one iteration counter. This
 * filter keeps its mechanics: it sits inside the route's circuit breaker and time limiter, resets the exchange before
 * each attempt, and asks for the body to be cached so it can be sent again. When the retries are spent, the last
 * 502/504 stays the answer, for the circuit breaker to count and turn into the 503 problem as before.
 */
@Component
public class RetryOnNextInstanceGatewayFilterFactory
        extends AbstractGatewayFilterFactory<RetryOnNextInstanceGatewayFilterFactory.Config> {

    public RetryOnNextInstanceGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        enableBodyCaching(config.getRouteId());
        IdempotentRequests idempotent = IdempotentRequests.of(config.getIdempotent());
        return (exchange, chain) -> {
            boolean repeatable = idempotent.includes(exchange.getRequest());
            Retry retry = Retry.backoff(config.getRetries(), config.getFirstBackoff())
                    .maxBackoff(config.getMaxBackoff())
                    .filter(failure -> AttemptFailures.notConnected(failure)
                            || repeatable && AttemptFailures.inFlight(failure))
                    .doBeforeRetry(signal -> ServerWebExchangeUtils.reset(exchange))
                    .onRetryExhaustedThrow((spec, signal) -> signal.failure());
            return Mono.defer(() -> attempt(exchange, chain, repeatable))
                    .retryWhen(retry)
                    .onErrorResume(GatewayErrorAnswer.class, lastAnswer -> Mono.empty());
        };
    }

    private static Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, boolean repeatable) {
        return chain.filter(exchange).then(Mono.defer(() -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            boolean gatewayError = status != null && (status.value() == 502 || status.value() == 504);
            return repeatable && gatewayError ? Mono.error(new GatewayErrorAnswer(status.value())) : Mono.empty();
        }));
    }

    public static class Config implements HasRouteId {

        private String routeId;
        private int retries = 2;
        private List<String> idempotent = new ArrayList<>(List.of("GET"));
        private Duration firstBackoff = Duration.ofMillis(50);
        private Duration maxBackoff = Duration.ofMillis(400);

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public String getRouteId() {
            return routeId;
        }

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public List<String> getIdempotent() {
            return idempotent;
        }

        public void setIdempotent(List<String> idempotent) {
            this.idempotent = idempotent;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
