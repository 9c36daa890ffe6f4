package dev.commerce.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class IdempotentRequestsTest {

    private final IdempotentRequests orders = IdempotentRequests.of(List.of("GET", "POST /api/orders"));

    @Test
    void getIsIdempotentOnEveryPath() {
        assertThat(orders.includes(MockServerHttpRequest.get("/api/orders/ORD-20261121-0042").build())).isTrue();
        assertThat(orders.includes(MockServerHttpRequest.get("/api/orders").build())).isTrue();
    }

    @Test
    void aListedPostIsIdempotentOnlyWithItsKey() {
        assertThat(orders.includes(MockServerHttpRequest.post("/api/orders").header("Idempotency-Key", "k-1").build()))
                .isTrue();
        assertThat(orders.includes(MockServerHttpRequest.post("/api/orders").build())).isFalse();
        assertThat(orders.includes(MockServerHttpRequest.post("/api/orders").header("Idempotency-Key", " ").build()))
                .isFalse();
    }

    @Test
    void otherPostsAndMethodsAreNot() {
        assertThat(orders.includes(MockServerHttpRequest.post("/api/orders/ORD-20261121-0042/cancel")
                .header("Idempotency-Key", "k-1").build())).isFalse();
        assertThat(orders.includes(MockServerHttpRequest.put("/api/orders").header("Idempotency-Key", "k-1").build()))
                .isFalse();
        assertThat(IdempotentRequests.of(List.of("")).includes(MockServerHttpRequest.get("/kakao/skill").build()))
                .isFalse();
    }
}
