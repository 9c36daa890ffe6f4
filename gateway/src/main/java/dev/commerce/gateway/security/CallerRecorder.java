package dev.commerce.gateway.security;

import dev.commerce.gateway.observability.CallerName;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Hands the authenticated user's name to the access log; deliberately not a bean (WebFlux would run it twice). */
class CallerRecorder implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        CallerName caller = exchange.getAttribute(CallerName.ATTRIBUTE);
        if (caller == null) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .doOnNext(principal -> caller.set(principal.getName()))
                .then(chain.filter(exchange));
    }
}
