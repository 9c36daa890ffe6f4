package dev.commerce.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Quota key: {@code user:<sub>} for a token holder, {@code ip:<address>} otherwise. The address is the TCP peer;
 * behind a trusted proxy set {@code server.forward-headers-strategy=framework} so it is the client's.
 */
public class CallerKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> "user:" + ((JwtAuthenticationToken) principal).getToken().getSubject())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + address(exchange.getRequest().getRemoteAddress())));
    }

    private static String address(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
