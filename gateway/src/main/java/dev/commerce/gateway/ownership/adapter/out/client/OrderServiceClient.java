package dev.commerce.gateway.ownership.adapter.out.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.gateway.ownership.application.OrderLookup;
import dev.commerce.gateway.ownership.application.OwnershipProperties;
import java.time.Duration;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code GET http://order-service/api/orders/{orderNumber}} through the load balancer, inside the same circuit
 * breaker as the {@code orders} route: when order-service is down, ownership cannot be checked and the caller gets
 * 503, never someone else's order.
 */
@Component
class OrderServiceClient implements OrderLookup {

    static final String CIRCUIT_BREAKER = "orders";

    private final WebClient webClient;
    private final ReactiveCircuitBreaker breaker;
    private final Duration timeout;

    OrderServiceClient(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancer,
                       ReactiveCircuitBreakerFactory<?, ?> breakers, OwnershipProperties properties) {
        this.webClient = builder.clone().filter(loadBalancer).baseUrl("http://order-service").build();
        this.breaker = breakers.create(CIRCUIT_BREAKER);
        this.timeout = properties.lookupTimeout();
    }

    @Override
    public Mono<Long> ownerOf(String orderNumber, HttpHeaders forwarded) {
        Mono<Long> lookup = webClient.get()
                .uri("/api/orders/{orderNumber}", orderNumber)
                .headers(headers -> headers.addAll(forwarded))
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(OrderServiceClient::owner)
                .timeout(timeout);
        return breaker.run(lookup, failure -> Mono.error(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "order-service is unavailable, so the order cannot be shown; try again shortly.", failure)));
    }

    private static Mono<Long> owner(ClientResponse response) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JsonNode.class)
                    .filter(order -> order.path("customerId").canConvertToLong())
                    .map(order -> order.path("customerId").asLong());
        }
        if (response.statusCode().is4xxClientError()) {
            return response.releaseBody().then(Mono.empty());
        }
        return response.releaseBody().then(Mono.error(new IllegalStateException(
                "order-service answered " + response.statusCode().value())));
    }
}
