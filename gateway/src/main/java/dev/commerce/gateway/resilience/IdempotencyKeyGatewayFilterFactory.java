package dev.commerce.gateway.resilience;

import java.util.List;
import java.util.UUID;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Route filter {@code IdempotencyKey=/api/orders}: a POST to that path without an {@code Idempotency-Key} header gets
 * one (a random UUID), so every attempt of the gateway's own retry carries the same key and the service can answer a
 * repeat with the order it already placed. A key the client sent is passed on unchanged.
 */
@Component
public class IdempotencyKeyGatewayFilterFactory
        extends AbstractGatewayFilterFactory<IdempotencyKeyGatewayFilterFactory.Config> {

    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKeyGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("path");
    }

    @Override
    public GatewayFilter apply(Config config) {
        PathPattern path = PathPatternParser.defaultInstance.parse(config.getPath());
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            if (!HttpMethod.POST.equals(request.getMethod()) || !path.matches(request.getPath().pathWithinApplication())
                    || StringUtils.hasText(request.getHeaders().getFirst(HEADER))) {
                return chain.filter(exchange);
            }
            String key = UUID.randomUUID().toString();
            ServerHttpRequest keyed = request.mutate().headers(headers -> headers.set(HEADER, key)).build();
            return chain.filter(exchange.mutate().request(keyed).build());
        };
    }

    public static class Config {

        private String path = "/**";

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }
}
