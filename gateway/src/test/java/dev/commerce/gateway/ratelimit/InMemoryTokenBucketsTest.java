package dev.commerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryTokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final InMemoryTokenBuckets buckets = new InMemoryTokenBuckets(2, 5, now::get);

    @Test
    void aBurstUpToTheCapacityPassesThenTheCallerWaits() {
        for (int i = 4; i >= 0; i--) {
            assertThat(take("user:a")).isEqualTo(RateLimitDecision.allowed(i));
        }

        RateLimitDecision refused = take("user:a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheReplenishRateUpToTheCapacity() {
        for (int i = 0; i < 5; i++) {
            take("user:a");
        }
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(take("user:a").allowed()).isTrue();
        assertThat(take("user:a").allowed()).isFalse();

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(take("user:a").remaining()).isEqualTo(4);
    }

    @Test
    void everyCallerHasTheirOwnBucket() {
        for (int i = 0; i < 5; i++) {
            take("user:a");
        }

        assertThat(take("user:a").allowed()).isFalse();
        assertThat(take("user:b").allowed()).isTrue();
        assertThat(take("ip:127.0.0.1").allowed()).isTrue();
    }

    private RateLimitDecision take(String key) {
        return buckets.consume(key).block();
    }
}
