package dev.commerce.gateway.ownership.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Whether an order belongs to a customer. Owners are cached: an order never changes hands, so only the first read
 * of an order through the gateway costs a lookup. Unknown orders are not cached (they may be placed a moment later).
 */
@Service
public class OrderOwnership {

    private final OrderLookup lookup;
    private final Cache<String, Long> owners;

    public OrderOwnership(OrderLookup lookup, OwnershipProperties properties) {
        this.lookup = lookup;
        this.owners = Caffeine.newBuilder()
                .expireAfterWrite(properties.cacheTtl())
                .maximumSize(properties.cacheSize())
                .build();
    }

    public Mono<Boolean> isOwnedBy(String orderNumber, long customerId, HttpHeaders forwarded) {
        Long known = owners.getIfPresent(orderNumber);
        Mono<Long> owner = known != null ? Mono.just(known)
                : lookup.ownerOf(orderNumber, forwarded).doOnNext(found -> owners.put(orderNumber, found));
        return owner.map(found -> found == customerId).defaultIfEmpty(false);
    }
}
