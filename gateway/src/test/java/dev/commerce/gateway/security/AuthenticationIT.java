package dev.commerce.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import dev.commerce.gateway.support.KeycloakAdmin;
import dev.commerce.gateway.support.Tokens;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens from the real Keycloak: the valid one passes, every kind of bad one is a 401 problem. */
class AuthenticationIT extends GatewayIntegrationTest {

    private static final String POINTS = "{\"balance\":12000,\"lifetime\":12000,\"grade\":\"GOLD\",\"ledger\":[]}";

    @BeforeEach
    void customerService() {
        CUSTOMERS.stubFor(get(urlPathEqualTo("/api/customers/1/points")).willReturn(okJson(POINTS)));
    }

    @Test
    void aValidTokenReachesTheService() {
        client.get().uri("/api/customers/me/points").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.balance").isEqualTo(12000);

        CUSTOMERS.verify(1, getRequestedFor(urlPathEqualTo("/api/customers/1/points"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer("minsu"))));
    }

    @Test
    void noTokenIsRefused() {
        client.get().uri("/api/customers/me/points").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/customers/me/points")
                .jsonPath("$.requestId").exists();
        CUSTOMERS.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        KeycloakAdmin admin = new KeycloakAdmin(KEYCLOAK);
        admin.ensureShortLivedClient("gateway-it-short-lived", 2);
        String token = admin.accessToken("gateway-it-short-lived", "minsu");
        var claims = Tokens.claims(token);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(2);

        client.get().uri("/api/customers/me/points").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() ->
                client.get().uri("/api/customers/me/points").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange().returnResult(String.class).getStatus().value() == 401);
        CUSTOMERS.resetRequests();

        expectUnauthorized(call("/api/customers/me/points", token))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("expired"));
    }

    @Test
    void aTokenWithAChangedClaimIsRefused() {
        String forged = Tokens.withClaim(TOKENS.of("minsu"), "customer_id", 2);

        expectUnauthorized(call("/api/customers/me/points", forged));
    }

    @Test
    void aTokenWithABrokenSignatureIsRefused() {
        String token = TOKENS.of("minsu");
        char last = token.charAt(token.length() - 2);
        String broken = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        expectUnauthorized(call("/api/customers/me/points", broken));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedEvenWithAValidSignature() {
        // same realm and keys, but asked for under another host name: Keycloak stamps that into iss
        String otherIssuer = KeycloakAdmin.tokenVia(KEYCLOAK.baseUrl().replace("127.0.0.1", "localhost"), "commerce-cli", "minsu");
        assertThat(Tokens.claims(otherIssuer).get("iss").asText()).isNotEqualTo(KEYCLOAK.issuerUri());

        expectUnauthorized(call("/api/customers/me/points", otherIssuer))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("iss"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        // admin-cli exists in every realm but has no commerce-api audience mapper
        String foreign = KeycloakAdmin.tokenVia(KEYCLOAK.baseUrl(), "admin-cli", "minsu");

        expectUnauthorized(call("/api/customers/me/points", foreign))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("aud"));
    }

    @Test
    void anIdTokenIsNotAnAccessToken() {
        expectUnauthorized(call("/api/customers/me/points", KeycloakAdmin.idTokenVia(KEYCLOAK.baseUrl(), "minsu")));
    }

    @Test
    void aTokenOfTheMasterRealmIsRefused() {
        expectUnauthorized(call("/api/customers/me/points", new KeycloakAdmin(KEYCLOAK).masterToken()));
    }

    @Test
    void garbageIsRefused() {
        expectUnauthorized(call("/api/customers/me/points", "not-a-jwt"));
    }

    @Test
    void theCatalogueNeedsNoToken() {
        ITEMS.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson("{\"content\":[]}")));

        client.get().uri("/api/items?category=coffee").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec call(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private WebTestClient.BodyContentSpec expectUnauthorized(WebTestClient.ResponseSpec response) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthorized")
                .jsonPath("$.status").isEqualTo(401);
        CUSTOMERS.verify(0, anyRequestedFor(anyUrl()));
        return body;
    }
}
