package dev.commerce.gateway.ratelimit;

import reactor.core.publisher.Mono;

public interface RateLimitStore {

    /** Takes one token from {@code key}'s bucket. */
    Mono<RateLimitDecision> consume(String key);
}
