package dev.commerce.gateway.ownership.application;

import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/** Asks order-service who owns an order. */
public interface OrderLookup {

    /**
     * @param forwarded headers of the caller's request to pass on (authorization, request id, trace context)
     * @return the owner's customer id; empty when the order does not exist; an error when order-service cannot answer
     */
    Mono<Long> ownerOf(String orderNumber, HttpHeaders forwarded);
}
