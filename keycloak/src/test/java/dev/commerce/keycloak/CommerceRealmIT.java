package dev.commerce.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The realm file, imported into the real Keycloak distribution, gives the tokens the gateway relies on. */
class CommerceRealmIT {

    private static KeycloakServer keycloak;
    private static TokenClient tokens;

    @BeforeAll
    static void keycloak() {
        keycloak = SharedKeycloak.get();
        tokens = new TokenClient(keycloak);
    }

    @Test
    void publishesTheRealmWithItsIssuer() throws Exception {
        var discovery = tokens.send(HttpRequest.newBuilder(
                URI.create(keycloak.issuerUri() + "/.well-known/openid-configuration")).build());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(TokenClient.json(discovery).get("issuer").asText()).isEqualTo(keycloak.issuerUri());
    }

    @ParameterizedTest
    @CsvSource({"minsu, 1", "jiyoung, 2", "junho, 3"})
    void customerTokensCarryTheAudienceTheRoleAndTheCustomerId(String username, long customerId) throws Exception {
        JsonNode claims = TokenClient.claims(tokens.accessToken(username));

        assertThat(audiences(claims)).contains("commerce-api");
        assertThat(roles(claims)).contains("customer").doesNotContain("operator", "admin");
        assertThat(claims.get("customer_id").isNumber()).isTrue();
        assertThat(claims.get("customer_id").asLong()).isEqualTo(customerId);
        assertThat(claims.get("preferred_username").asText()).isEqualTo(username);
        assertThat(claims.get("azp").asText()).isEqualTo("commerce-cli");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void staffTokensCarryTheirRolesAndNoCustomerId() throws Exception {
        JsonNode operator = TokenClient.claims(tokens.accessToken("operator"));
        JsonNode admin = TokenClient.claims(tokens.accessToken("admin"));

        assertThat(roles(operator)).contains("operator").doesNotContain("customer", "admin");
        assertThat(roles(admin)).contains("admin", "operator").doesNotContain("customer");
        assertThat(operator.has("customer_id")).isFalse();
        assertThat(admin.has("customer_id")).isFalse();
        assertThat(audiences(operator)).contains("commerce-api");
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        var response = tokens.password("commerce-cli", "minsu", "wrong-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TokenClient.json(response).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void chatbotAdapterGetsAServiceAccountTokenWithItsSecretOnly() throws Exception {
        var granted = tokens.clientCredentials("chatbot-adapter", "chatbot-adapter-demo-secret");
        var refused = tokens.clientCredentials("chatbot-adapter", "not-the-secret");

        assertThat(granted.statusCode()).isEqualTo(200);
        JsonNode claims = TokenClient.claims(TokenClient.json(granted).get("access_token").asText());
        assertThat(audiences(claims)).contains("commerce-api");
        assertThat(roles(claims)).contains("operator");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void processEngineIsConfidential() throws Exception {
        var withoutSecret = tokens.password("process-engine", "operator", "demo1234");

        assertThat(withoutSecret.statusCode()).isEqualTo(401);
        assertThat(TokenClient.json(withoutSecret).get("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void webClientUsesTheCodeFlowWithPkceOnly() throws Exception {
        String authorize = keycloak.issuerUri() + "/protocol/openid-connect/auth?client_id=commerce-web"
                + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcallback";

        var withoutPkce = tokens.send(HttpRequest.newBuilder(URI.create(authorize)).build());
        var withPkce = tokens.send(HttpRequest.newBuilder(URI.create(authorize
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).build());
        var passwordGrant = tokens.password("commerce-web", "minsu", "demo1234");

        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.headers().firstValue("Location")).get().asString()
                .startsWith("http://localhost:5173/callback").contains("error=invalid_request");
        assertThat(withPkce.statusCode()).isEqualTo(200);
        assertThat(withPkce.body()).contains("kc-form-login");
        assertThat(passwordGrant.statusCode()).isIn(400, 401);
        assertThat(TokenClient.json(passwordGrant).get("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void aCustomerCannotChangeTheirOwnCustomerId() throws Exception {
        String token = tokens.accessToken("jiyoung");
        String update = """
                {"username":"jiyoung","email":"jiyoung@commerce.example","firstName":"지영","lastName":"이",
                 "attributes":{"customer_id":["1"]}}""";

        var response = tokens.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/account/"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("customer_id").contains("read-only");
        assertThat(TokenClient.claims(tokens.accessToken("jiyoung")).get("customer_id").asLong()).isEqualTo(2);
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        List<String> values = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(node -> values.add(node.asText()));
        } else {
            values.add(aud.asText());
        }
        return values;
    }

    private static List<String> roles(JsonNode claims) {
        List<String> values = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(node -> values.add(node.asText()));
        return values;
    }
}
