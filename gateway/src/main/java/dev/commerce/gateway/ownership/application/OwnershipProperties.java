package dev.commerce.gateway.ownership.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cacheTtl    how long an order's owner is remembered (an order never changes owner)
 * @param cacheSize   how many owners are remembered
 * @param lookupTimeout how long the ownership lookup at order-service may take
 */
@ConfigurationProperties("commerce.gateway.ownership")
public record OwnershipProperties(Duration cacheTtl, Long cacheSize, Duration lookupTimeout) {

    public OwnershipProperties {
        cacheTtl = cacheTtl == null ? Duration.ofMinutes(10) : cacheTtl;
        cacheSize = cacheSize == null ? 10_000L : cacheSize;
        lookupTimeout = lookupTimeout == null ? Duration.ofSeconds(3) : lookupTimeout;
    }
}
