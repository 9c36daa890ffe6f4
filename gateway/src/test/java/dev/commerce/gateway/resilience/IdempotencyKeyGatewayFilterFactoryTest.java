package dev.commerce.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class IdempotencyKeyGatewayFilterFactoryTest {

    private final GatewayFilter filter = new IdempotencyKeyGatewayFilterFactory().apply(config("/api/orders"));

    @Test
    void aPlacedOrderWithoutKeyGetsARandomOne() {
        String first = forwardedKey(MockServerHttpRequest.post("/api/orders").build());
        String second = forwardedKey(MockServerHttpRequest.post("/api/orders").build());

        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theClientsKeyIsKept() {
        assertThat(forwardedKey(MockServerHttpRequest.post("/api/orders").header("Idempotency-Key", "client-7").build()))
                .isEqualTo("client-7");
    }

    @Test
    void otherRequestsGetNoKey() {
        assertThat(forwardedKey(MockServerHttpRequest.post("/api/orders/ORD-20261121-0042/cancel").build())).isNull();
        assertThat(forwardedKey(MockServerHttpRequest.get("/api/orders").build())).isNull();
    }

    private String forwardedKey(MockServerHttpRequest request) {
        AtomicReference<String> key = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            key.set(exchange.getRequest().getHeaders().getFirst(IdempotencyKeyGatewayFilterFactory.HEADER));
            return Mono.empty();
        }).block();
        return key.get();
    }

    private static IdempotencyKeyGatewayFilterFactory.Config config(String path) {
        IdempotencyKeyGatewayFilterFactory.Config config = new IdempotencyKeyGatewayFilterFactory.Config();
        config.setPath(path);
        return config;
    }
}
