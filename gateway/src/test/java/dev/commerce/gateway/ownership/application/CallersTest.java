package dev.commerce.gateway.ownership.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.ownership.domain.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.junit.jupiter.api.Test;

class CallersTest {

    @Test
    void aCustomerIsTheirTokensCustomerId() {
        assertThat(Callers.of(token(Map.of("customer_id", 7), "customer"))).isEqualTo(new Caller(false, 7L));
        assertThat(Callers.of(token(Map.of("customer_id", "7"), "customer"))).isEqualTo(new Caller(false, 7L));
    }

    @Test
    void anUnusableCustomerIdIsNone() {
        for (Object claim : new Object[] {0, -3, 1.5, "07", "x", List.of(1)}) {
            assertThat(Callers.of(token(Map.of("customer_id", claim), "customer")).hasCustomerId()).as("%s", claim).isFalse();
        }
        assertThat(Callers.of(token(Map.of(), "customer")).hasCustomerId()).isFalse();
    }

    @Test
    void operatorsAndAdminsAreStaff() {
        assertThat(Callers.of(token(Map.of(), "operator")).staff()).isTrue();
        assertThat(Callers.of(token(Map.of(), "admin")).staff()).isTrue();
        assertThat(Callers.of(token(Map.of("customer_id", 1), "customer")).staff()).isFalse();
    }

    private static JwtAuthenticationToken token(Map<String, Object> claims, String role) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("user").claims(c -> c.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}
