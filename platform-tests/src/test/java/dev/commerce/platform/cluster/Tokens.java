package dev.commerce.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.platform.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens of the demo users (password grant, {@code commerce-cli}), fetched again before they expire. */
final class Tokens {

    static final String PASSWORD = "demo1234";

    private final KeycloakServer keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    String of(String username) {
        return tokens.compute(username, (name, token) ->
                token != null && token.validUntil().isAfter(Instant.now().plusSeconds(30)) ? token : fetch(name))
                .value();
    }

    private Token fetch(String username) {
        Http.Response response = Http.to(keycloak.issuerUri()).postForm("/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "commerce-cli", "username", username, "password", PASSWORD));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode json = response.json();
        return new Token(json.path("access_token").asText(),
                Instant.now().plus(Duration.ofSeconds(json.path("expires_in").asLong(60))));
    }

    private record Token(String value, Instant validUntil) {
    }
}
