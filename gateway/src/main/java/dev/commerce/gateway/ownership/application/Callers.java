package dev.commerce.gateway.ownership.application;

import dev.commerce.gateway.ownership.domain.Caller;
import dev.commerce.gateway.security.Roles;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The caller of an exchange, from the validated token: roles and the {@code customer_id} claim, never the request. */
public final class Callers {

    public static final String CUSTOMER_ID_CLAIM = "customer_id";

    private Callers() {
    }

    public static Mono<Caller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(Callers::of)
                .defaultIfEmpty(Caller.ANONYMOUS);
    }

    static Caller of(JwtAuthenticationToken token) {
        boolean staff = token.getAuthorities().stream().map(Object::toString)
                .anyMatch(authority -> authority.equals("ROLE_" + Roles.OPERATOR) || authority.equals("ROLE_" + Roles.ADMIN));
        return new Caller(staff, customerId(token.getToken()));
    }

    static Long customerId(Jwt jwt) {
        Object claim = jwt.getClaims().get(CUSTOMER_ID_CLAIM);
        if (claim instanceof Number number && number.longValue() > 0 && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        if (claim instanceof String text && text.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(text);
        }
        return null;
    }
}
