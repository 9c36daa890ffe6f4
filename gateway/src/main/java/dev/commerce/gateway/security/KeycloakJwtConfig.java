package dev.commerce.gateway.security;

import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Keycloak access tokens: RS256 signature from the realm's JWKS, {@code iss}, {@code exp}/{@code nbf} and an
 * audience of ours, and that it is an access token. The JWKS is fetched lazily (and again for an unknown key id), so the gateway starts while
 * Keycloak is still booting. Issuer and JWKS are separate settings: in compose the issuer is the browser-facing
 * URL while the keys are fetched over the internal network.
 */
@Configuration(proxyBeanMethods = false)
public class KeycloakJwtConfig {

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, GatewaySecurityProperties security) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        decoder.setJwtValidator(validator(jwt.getIssuerUri(), jwt.getAudiences(), security));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences, GatewaySecurityProperties security) {
        if (issuer == null || issuer.isBlank() || audiences.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri and audiences must be set");
        }
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(security.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(audiences::contains)),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()),
                // Keycloak marks its tokens: ID and refresh tokens must not pass for access tokens
                new JwtClaimValidator<String>("typ", typ -> typ == null || "Bearer".equals(typ)));
    }
}
