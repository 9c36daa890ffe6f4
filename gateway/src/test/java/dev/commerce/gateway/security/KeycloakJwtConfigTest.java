package dev.commerce.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtConfigTest {

    private static final String ISSUER = "http://localhost:8180/realms/commerce";
    private final OAuth2TokenValidator<Jwt> validator = KeycloakJwtConfig.validator(ISSUER, List.of("commerce-api"),
            new GatewaySecurityProperties(Duration.ofSeconds(30), List.of()));

    @Test
    void anAccessTokenOfTheRealmForUsIsValid() {
        assertThat(validator.validate(jwt(claims -> { })).hasErrors()).isFalse();
    }

    @Test
    void eachBrokenClaimIsAnError() {
        assertThat(errors(builder -> builder.claim("aud", List.of("account")))).contains("aud");
        assertThat(errors(builder -> builder.claim("iss", "http://evil/realms/commerce"))).contains("iss");
        assertThat(errors(builder -> builder.claim("typ", "ID"))).contains("typ");
        assertThat(errors(builder -> builder.claim("typ", "Refresh"))).contains("typ");
        assertThat(errors(builder -> builder.issuedAt(Instant.now().minusSeconds(400))
                .expiresAt(Instant.now().minusSeconds(100)))).contains("expired");
    }

    @Test
    void theClockSkewIsTolerated() {
        assertThat(validator.validate(jwt(builder -> builder.issuedAt(Instant.now().minusSeconds(310))
                .expiresAt(Instant.now().minusSeconds(10)))).hasErrors()).isFalse();
    }

    private String errors(Consumer<Jwt.Builder> change) {
        return validator.validate(jwt(change)).getErrors().toString();
    }

    private static Jwt jwt(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer(ISSUER).subject("4ea857ca").claim("aud", List.of("commerce-api", "account")).claim("typ", "Bearer")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        change.accept(builder);
        return builder.build();
    }
}
