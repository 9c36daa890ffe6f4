package dev.commerce.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A token bucket per caller (the JWT subject; the client address when anonymous).
 *
 * @param enabled       off for benchmarks that measure the gateway without quota
 * @param store         {@code memory} (one gateway instance) or {@code redis} (shared by all instances)
 * @param replenishRate tokens added per second, the sustained requests per second
 * @param burstCapacity bucket size, the requests a caller may fire at once
 * @param bucket        namespace of the Redis keys
 */
@ConfigurationProperties("commerce.gateway.rate-limit")
public record RateLimitProperties(Boolean enabled, Store store, Integer replenishRate, Integer burstCapacity, String bucket) {

    public enum Store { MEMORY, REDIS }

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        store = store == null ? Store.MEMORY : store;
        replenishRate = replenishRate == null ? 20 : replenishRate;
        burstCapacity = burstCapacity == null ? 40 : burstCapacity;
        bucket = bucket == null || bucket.isBlank() ? "gateway" : bucket;
        if (replenishRate < 1 || burstCapacity < replenishRate) {
            throw new IllegalArgumentException("rate-limit needs replenish-rate >= 1 and burst-capacity >= replenish-rate");
        }
    }
}
