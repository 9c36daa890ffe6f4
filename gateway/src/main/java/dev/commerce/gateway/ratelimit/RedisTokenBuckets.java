package dev.commerce.gateway.ratelimit;

import java.time.Duration;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spring Cloud Gateway's Redis token bucket (an atomic Lua script), shared by every gateway instance. When Redis
 * cannot be reached the limiter lets requests through: a Redis outage costs the quota, not the API.
 */
public class RedisTokenBuckets implements RateLimitStore {

    private final RedisRateLimiter limiter;
    private final String bucket;
    private final Duration retryAfter;

    public RedisTokenBuckets(RedisRateLimiter limiter, String bucket, int replenishRate) {
        this.limiter = limiter;
        this.bucket = bucket;
        this.retryAfter = Duration.ofMillis((long) Math.ceil(1000d / replenishRate));
    }

    @Override
    public Mono<RateLimitDecision> consume(String key) {
        // leave Lettuce's I/O thread at once: the rest of the request must not delay other Redis replies
        return limiter.isAllowed(bucket, key)
                .publishOn(Schedulers.parallel())
                .map(response -> response.isAllowed()
                        ? RateLimitDecision.allowed(remaining(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER)))
                        : RateLimitDecision.denied(retryAfter));
    }

    private static long remaining(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
