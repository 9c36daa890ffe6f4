package dev.commerce.gateway.ownership.adapter.in.gateway;

import dev.commerce.gateway.ownership.application.Callers;
import dev.commerce.gateway.ownership.application.OrderOwnership;
import dev.commerce.gateway.ownership.domain.Caller;
import dev.commerce.gateway.ownership.domain.OrderAccess;
import dev.commerce.gateway.ownership.domain.OrderAccessPolicy;
import dev.commerce.gateway.ownership.domain.PathSegments;
import dev.commerce.gateway.ownership.domain.Refusal;
import java.net.URI;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code OwnOrders} (orders and order-tracking routes): a customer lists, places, reads, tracks and
 * cancels only their own orders. Someone else's order answers 404 exactly like a missing one.
 */
@Component
public class OwnOrdersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final String PREFIX = "/api/orders";

    private final OrderOwnership ownership;
    private final OrderBodyRewriter bodies;
    private final Refusals refusals;

    public OwnOrdersGatewayFilterFactory(OrderOwnership ownership, OrderBodyRewriter bodies, Refusals refusals) {
        super(Object.class);
        this.ownership = ownership;
        this.bodies = bodies;
        this.refusals = refusals;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return this::filter;
    }

    private Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> segments = PathSegments.after(request.getPath().pathWithinApplication().value(), PREFIX);
        List<String> queryIds = request.getQueryParams().getOrDefault("customerId", List.of());
        return Callers.of(exchange).flatMap(caller ->
                apply(OrderAccessPolicy.decide(request.getMethod().name(), segments, queryIds, caller), caller, exchange, chain));
    }

    private Mono<Void> apply(OrderAccess access, Caller caller, ServerWebExchange exchange, GatewayFilterChain chain) {
        if (access instanceof OrderAccess.Refused refused) {
            return refusals.write(exchange, refused.refusal());
        }
        if (access instanceof OrderAccess.ListOwn own) {
            return chain.filter(withCustomerQuery(exchange, own.customerId()));
        }
        if (access instanceof OrderAccess.PlaceOwn own) {
            return bodies.placeFor(own.customerId(), exchange, chain);
        }
        if (access instanceof OrderAccess.OwnedOrder order) {
            return ownership.isOwnedBy(order.orderNumber(), order.customerId(), ForwardedHeaders.of(exchange))
                    .flatMap(owned -> owned ? chain.filter(exchange)
                            : refusals.write(exchange, Refusal.notFound("Order " + order.orderNumber() + " not found.")));
        }
        return chain.filter(exchange);
    }

    private static ServerWebExchange withCustomerQuery(ServerWebExchange exchange, long customerId) {
        URI uri = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
                .replaceQueryParam("customerId", customerId)
                .build(true)
                .toUri();
        return exchange.mutate().request(exchange.getRequest().mutate().uri(uri).build()).build();
    }
}
