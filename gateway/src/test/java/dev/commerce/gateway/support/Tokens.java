package dev.commerce.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.keycloak.KeycloakServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real tokens from the real Keycloak: password grant on commerce-cli (cached per user), and the odd ones. */
public final class Tokens {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private final KeycloakServer keycloak;

    public Tokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** A fresh-enough access token (the realm gives 5 minutes; a test JVM lives less). */
    public String of(String username) {
        return CACHE.computeIfAbsent(username, user -> password(keycloak.baseUrl(), "commerce", "commerce-cli", user, "demo1234")
                .get("access_token").asText());
    }

    /** A new access token, for tests that keep theirs for the lifetime of their class only. */
    public String fresh(String username) {
        return password(keycloak.baseUrl(), "commerce", "commerce-cli", username, "demo1234").get("access_token").asText();
    }

    public static JsonNode password(String baseUrl, String realm, String clientId, String username, String password) {
        return post(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", clientId, "username", username, "password", password, "scope", "openid"));
    }

    public static JsonNode post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("token request to " + url + " refused: " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same header and signature around a payload with one claim changed. */
    public static String withClaim(String jwt, String claim, long value) {
        String[] parts = jwt.split("\\.");
        ObjectNode payload = (ObjectNode) claims(jwt);
        payload.put(claim, value);
        try {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
            return parts[0] + "." + encoded + "." + parts[2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
