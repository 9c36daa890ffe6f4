package dev.commerce.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param clockSkew       tolerance for {@code exp}/{@code nbf} between Keycloak's clock and ours
 * @param allowedOrigins  browser origins (the web shop) allowed to call the API cross-origin
 */
@ConfigurationProperties("commerce.gateway.security")
public record GatewaySecurityProperties(Duration clockSkew, List<String> allowedOrigins) {

    public GatewaySecurityProperties {
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
