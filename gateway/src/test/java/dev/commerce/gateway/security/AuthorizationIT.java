package dev.commerce.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.commerce.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The role matrix of the README, with real tokens of the demo users. */
class AuthorizationIT extends GatewayIntegrationTest {

    @BeforeEach
    void everyServiceAnswers() {
        for (WireMockServer server : new WireMockServer[] {ITEMS, ORDERS, CUSTOMERS, ENGINE, CHATBOT}) {
            server.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}")));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // user,     method, path,                                  status
            "minsu,    POST,   /api/items,                              403",
            "operator, POST,   /api/items,                              200",
            "admin,    PUT,    /api/items/1,                            200",
            "minsu,    POST,   /api/reservations,                       403",
            "operator, DELETE, /api/reservations/ORD-20260101-0001,     200",
            "minsu,    GET,    /api/promotions,                         403",
            "minsu,    POST,   /api/promotions,                         403",
            "operator, POST,   /api/promotions,                         200",
            "minsu,    POST,   /api/nlu/parse,                          403",
            "operator, POST,   /api/nlu/parse,                          200",
            "admin,    POST,   /api/nlu/parse,                          200",
            "minsu,    POST,   /api/processes/stock-lookup,             200",
            "minsu,    POST,   /api/processes/something-else,           403",
            "operator, POST,   /api/processes/something-else,           200",
            "minsu,    POST,   /api/orders/ORD-20260101-0001/delivery-events, 403",
            "operator, POST,   /api/orders/ORD-20260101-0001/delivery-events, 200",
            "minsu,    GET,    /api/customers,                          403",
            "minsu,    GET,    /api/customers/by-username/minsu,        403",
            "operator, GET,    /api/customers?grade=GOLD,               200",
            "minsu,    POST,   /api/customers/1/coupons,                403",
            "operator, POST,   /api/customers/1/coupons,                200",
    })
    void rolesDecide(String user, HttpMethod method, String path, int status) {
        client.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, bearer(user))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(status);
    }

    @Test
    void aRefusalIsAProblemAndReachesNoService() {
        client.post().uri("/api/items").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sku\":\"X-1\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/forbidden")
                .jsonPath("$.detail").isEqualTo("Your roles do not allow POST /api/items.");
        ITEMS.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theKakaoWebhookIsPublicAndKeepsItsSecretHeader() {
        client.post().uri("/kakao/skill").header("X-Skill-Secret", "local-kakao-secret")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"userRequest\":{\"utterance\":\"안녕\"}}")
                .exchange()
                .expectStatus().isOk();

        CHATBOT.verify(1, postRequestedFor(urlPathEqualTo("/kakao/skill"))
                .withHeader("X-Skill-Secret", equalTo("local-kakao-secret")));
    }

    @Test
    void theEngineKeepsItsOwnAuthenticationUntouched() {
        ENGINE.stubFor(any(urlPathEqualTo("/engine-rest/deployment")).willReturn(aResponse().withStatus(401)));

        client.get().uri("/engine-rest/process-definition").header(HttpHeaders.AUTHORIZATION, "Basic ZGVtbzpkZW1v")
                .exchange().expectStatus().isOk();
        client.get().uri("/engine-rest/deployment").header(HttpHeaders.AUTHORIZATION, "Bearer not-for-the-gateway")
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/camunda/app/cockpit/default/").exchange().expectStatus().isOk();

        ENGINE.verify(getRequestedFor(urlPathEqualTo("/engine-rest/process-definition"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Basic ZGVtbzpkZW1v")));
        ENGINE.verify(getRequestedFor(urlPathEqualTo("/engine-rest/deployment"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer not-for-the-gateway")));
    }

    @Test
    void probesArePublicAndOtherActuatorsHidden() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        client.get().uri("/actuator/env").exchange().expectStatus().value(status -> org.assertj.core.api.Assertions
                .assertThat(status).isIn(401, 403, 404));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        client.get().uri("/api/unknown").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }
}
