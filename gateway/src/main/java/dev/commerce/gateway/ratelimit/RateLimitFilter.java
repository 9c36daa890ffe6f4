package dev.commerce.gateway.ratelimit;

import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The request rate limiter of every route (except those with metadata {@code rate-limit: false}): over quota the
 * caller gets 429 problem+json with {@code Retry-After}; within it, {@code X-RateLimit-Remaining}. Runs after
 * authentication, so the key is the user, and before the route filters, so a flood costs no downstream call.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitStore store;
    private final KeyResolver keys;
    private final Problems problems;
    private final RateLimitProperties properties;

    public RateLimitFilter(RateLimitStore store, KeyResolver keys, Problems problems, RateLimitProperties properties) {
        this.store = store;
        this.keys = keys;
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!appliesTo(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR))) {
            return chain.filter(exchange);
        }
        return keys.resolve(exchange).flatMap(store::consume).flatMap(decision -> {
            if (decision.allowed()) {
                if (decision.remaining() >= 0) {
                    exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(decision.remaining()));
                }
                return chain.filter(exchange);
            }
            String detail = "Too many requests: the quota is %d requests per second (bursts of %d); retry after %d s."
                    .formatted(properties.replenishRate(), properties.burstCapacity(), decision.retryAfterSeconds());
            return problems.write(exchange,
                    Problems.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, ProblemSlugs.RATE_LIMITED, detail),
                    headers -> {
                        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
                        headers.set(REMAINING_HEADER, "0");
                    });
        });
    }

    private static boolean appliesTo(Route route) {
        return route == null || !"false".equals(String.valueOf(route.getMetadata().get("rate-limit")));
    }

    @Override
    public int getOrder() {
        return -50;
    }
}
