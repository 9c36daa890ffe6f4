package dev.commerce.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this JVM: right for one gateway instance. A bucket idle long enough to be full again is
 * forgotten, so the map holds only recently active callers.
 */
public class InMemoryTokenBuckets implements RateLimitStore {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets;

    public InMemoryTokenBuckets(int replenishRate, int burstCapacity, LongSupplier nanoClock) {
        this.capacity = burstCapacity;
        this.tokensPerNano = replenishRate / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        Duration refill = Duration.ofNanos((long) (burstCapacity / tokensPerNano));
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(refill.plusSeconds(1))
                .maximumSize(100_000)
                .build();
    }

    @Override
    public Mono<RateLimitDecision> consume(String key) {
        return Mono.fromSupplier(() -> {
            long now = nanoClock.getAsLong();
            return buckets.get(key, ignored -> new Bucket(now)).take(now);
        });
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized RateLimitDecision take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return RateLimitDecision.allowed((long) tokens);
            }
            return RateLimitDecision.denied(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
        }
    }
}
