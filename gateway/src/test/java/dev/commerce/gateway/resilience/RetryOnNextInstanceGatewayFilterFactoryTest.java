package dev.commerce.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The decisions of the filter against a chain that plays the attempts; the IT shows them on real instances. */
class RetryOnNextInstanceGatewayFilterFactoryTest {

    private final GatewayFilter filter = new RetryOnNextInstanceGatewayFilterFactory().apply(config());

    @Test
    void aPostThatCouldNotConnectIsSentAgain() {
        Attempts attempts = new Attempts(refused(), ok());

        filter.filter(exchange(MockServerHttpRequest.post("/api/items")), attempts).block();

        assertThat(attempts.made).isEqualTo(2);
    }

    @Test
    void aPostResetInFlightIsNotSentAgain() {
        Attempts attempts = new Attempts(reset(), ok());

        assertThatThrownBy(() -> filter.filter(exchange(MockServerHttpRequest.post("/api/items")), attempts).block())
                .hasRootCauseInstanceOf(SocketException.class);
        assertThat(attempts.made).isEqualTo(1);
    }

    @Test
    void aGetResetInFlightIsSentAgainAndAKeyedOrderToo() {
        Attempts get = new Attempts(reset(), ok());
        Attempts order = new Attempts(reset(), ok());

        filter.filter(exchange(MockServerHttpRequest.get("/api/orders")), get).block();
        filter.filter(exchange(MockServerHttpRequest.post("/api/orders").header("Idempotency-Key", "k-1")), order).block();

        assertThat(get.made).isEqualTo(2);
        assertThat(order.made).isEqualTo(2);
    }

    @Test
    void theLast502StaysTheAnswerOnceTheRetriesAreSpent() {
        Attempts attempts = new Attempts(answer(502), answer(502), answer(502), ok());
        ServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/items/2"));

        filter.filter(exchange, attempts).block();

        assertThat(attempts.made).isEqualTo(3);
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    }

    @Test
    void aPostAnswered502IsNotSentAgain() {
        Attempts attempts = new Attempts(answer(502), ok());
        ServerWebExchange exchange = exchange(MockServerHttpRequest.post("/api/items"));

        filter.filter(exchange, attempts).block();

        assertThat(attempts.made).isEqualTo(1);
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    }

    private static RetryOnNextInstanceGatewayFilterFactory.Config config() {
        RetryOnNextInstanceGatewayFilterFactory.Config config = new RetryOnNextInstanceGatewayFilterFactory.Config();
        config.setIdempotent(List.of("GET", "POST /api/orders"));
        config.setFirstBackoff(Duration.ofMillis(1));
        config.setMaxBackoff(Duration.ofMillis(2));
        return config;
    }

    private static ServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.from(request.build());
    }

    private static Outcome refused() {
        return exchange -> Mono.error(new ConnectException("Connection refused"));
    }

    private static Outcome reset() {
        return exchange -> Mono.error(new SocketException("Connection reset"));
    }

    private static Outcome answer(int status) {
        return exchange -> {
            exchange.getResponse().setRawStatusCode(status);
            return Mono.empty();
        };
    }

    private static Outcome ok() {
        return answer(200);
    }

    /** What one attempt does to the exchange. */
    private interface Outcome extends Function<ServerWebExchange, Mono<Void>> {
    }

    /** One outcome per attempt, in order. */
    private static final class Attempts implements GatewayFilterChain {

        private final Deque<Outcome> outcomes;
        private int made;

        Attempts(Outcome... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange) {
            return Mono.defer(() -> {
                made++;
                return outcomes.removeFirst().apply(exchange);
            });
        }
    }
}
