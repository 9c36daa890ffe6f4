package dev.commerce.gateway.support;

import dev.commerce.keycloak.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The admin REST API of the test Keycloak, for what the realm file deliberately does not contain. */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final KeycloakServer keycloak;

    public KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    public String masterToken() {
        return Tokens.password(keycloak.baseUrl(), "master", "admin-cli", keycloak.adminUsername(), keycloak.adminPassword())
                .get("access_token").asText();
    }

    /** A public client whose access tokens live {@code lifespanSeconds}, with the realm's audience and customer id. */
    public void ensureShortLivedClient(String clientId, int lifespanSeconds) {
        String client = """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"%d"},
                 "protocolMappers":[{"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.custom.audience":"commerce-api","access.token.claim":"true"}},
                  {"name":"customer id","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
                   "config":{"user.attribute":"customer_id","claim.name":"customer_id","jsonType.label":"long",
                             "access.token.claim":"true"}}]}"""
                .formatted(clientId, lifespanSeconds);
        int status = send("POST", "/admin/realms/commerce/clients", client);
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating client " + clientId + " answered " + status);
        }
    }

    public String accessToken(String clientId, String username) {
        return Tokens.password(keycloak.baseUrl(), "commerce", clientId, username, "demo1234").get("access_token").asText();
    }

    public static String tokenVia(String baseUrl, String clientId, String username) {
        return Tokens.password(baseUrl, "commerce", clientId, username, "demo1234").get("access_token").asText();
    }

    public static String idTokenVia(String baseUrl, String username) {
        return Tokens.password(baseUrl, "commerce", "commerce-cli", username, "demo1234").get("id_token").asText();
    }

    private int send(String method, String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                    .header("Authorization", "Bearer " + masterToken())
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
