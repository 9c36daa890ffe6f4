package dev.commerce.gateway.ownership.adapter.in.gateway;

import dev.commerce.gateway.ownership.application.Callers;
import dev.commerce.gateway.ownership.domain.CustomerAccess;
import dev.commerce.gateway.ownership.domain.CustomerAccessPolicy;
import dev.commerce.gateway.ownership.domain.PathSegments;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Route filter {@code OwnCustomer} (customers route): own record, points and coupons only; {@code /me} aliases. */
@Component
public class OwnCustomerGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final String PREFIX = "/api/customers";

    private final Refusals refusals;

    public OwnCustomerGatewayFilterFactory(Refusals refusals) {
        super(Object.class);
        this.refusals = refusals;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return this::filter;
    }

    private Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> segments = PathSegments.after(exchange.getRequest().getPath().pathWithinApplication().value(), PREFIX);
        String method = exchange.getRequest().getMethod().name();
        return Callers.of(exchange).flatMap(caller -> {
            CustomerAccess access = CustomerAccessPolicy.decide(method, segments, caller);
            if (access instanceof CustomerAccess.Refused refused) {
                return refusals.write(exchange, refused.refusal());
            }
            if (access instanceof CustomerAccess.Rewrite rewrite) {
                return chain.filter(exchange.mutate()
                        .request(exchange.getRequest().mutate().path(rewrite.path()).build()).build());
            }
            return chain.filter(exchange);
        });
    }
}
