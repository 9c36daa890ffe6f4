package dev.commerce.gateway.ratelimit;

import dev.commerce.gateway.problem.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    private static final String STORE = "commerce.gateway.rate-limit.store";

    @Bean
    KeyResolver callerKeyResolver() {
        return new CallerKeyResolver();
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    RateLimitFilter rateLimitFilter(RateLimitStore store, KeyResolver keys, Problems problems, RateLimitProperties properties) {
        return new RateLimitFilter(store, keys, problems, properties);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
    RateLimitStore inMemoryTokenBuckets(RateLimitProperties properties) {
        return new InMemoryTokenBuckets(properties.replenishRate(), properties.burstCapacity(), System::nanoTime);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis")
    RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity(), 1);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis")
    RateLimitStore redisTokenBuckets(RedisRateLimiter limiter, RateLimitProperties properties) {
        return new RedisTokenBuckets(limiter, properties.bucket(), properties.replenishRate());
    }
}
