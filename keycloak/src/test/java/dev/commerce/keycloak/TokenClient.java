package dev.commerce.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough OAuth2 to exercise the realm: token requests and reading a JWT's claims. */
final class TokenClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String tokenEndpoint;

    TokenClient(KeycloakServer keycloak) {
        this.tokenEndpoint = keycloak.tokenEndpoint();
    }

    HttpResponse<String> password(String clientId, String username, String password) throws Exception {
        return post(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
        return post(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    String accessToken(String username) throws Exception {
        HttpResponse<String> response = password("commerce-cli", username, "demo1234");
        if (response.statusCode() != 200) {
            throw new AssertionError("token for " + username + " refused: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Map<String, String> form) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
