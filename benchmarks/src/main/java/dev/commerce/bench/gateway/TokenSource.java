package dev.commerce.bench.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.bench.Http;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A real access token of a demo user from Keycloak (password grant on the public {@code commerce-cli} client),
 * renewed well before it expires (the realm issues 5-minute tokens), so a long run never sends an expired one.
 */
final class TokenSource {

    private final Http http;
    private final String tokenEndpoint;
    private final String form;
    private volatile String token;
    private volatile long renewAtNanos;

    TokenSource(Http http, String keycloakUrl, String username, String password) {
        this.http = http;
        this.tokenEndpoint = keycloakUrl + "/realms/commerce/protocol/openid-connect/token";
        this.form = "grant_type=password&client_id=commerce-cli&username=" + encode(username)
                + "&password=" + encode(password);
    }

    String bearer() {
        if (token == null || System.nanoTime() > renewAtNanos) {
            renew();
        }
        return "Bearer " + token;
    }

    private synchronized void renew() {
        if (token != null && System.nanoTime() <= renewAtNanos) {
            return;
        }
        JsonNode answer = http.expect(Http.request(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200);
        long lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(300)).toNanos();
        renewAtNanos = System.nanoTime() + lifetime / 2;
        token = answer.path("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
