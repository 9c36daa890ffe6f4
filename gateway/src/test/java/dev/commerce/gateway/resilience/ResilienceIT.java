package dev.commerce.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** A service that is down, slow or failing costs one feature a 503 problem, never a hang or a stack trace. */
class ResilienceIT extends GatewayIntegrationTest {

    @Test
    void aStoppedServiceIsA503Problem() {
        CUSTOMERS.stop();
        try {
            client.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("customer-service")
                    .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("not reachable"));
        } finally {
            CUSTOMERS.start();
        }
        // the other services are not affected
        ITEMS.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson("{\"content\":[]}")));
        client.get().uri("/api/items").exchange().expectStatus().isOk();
    }

    @Test
    void aSkillRequestThatNoAdapterAnswersStillGetsAKoreanSkillResponse() {
        CHATBOT.stop();
        try {
            client.post().uri("/kakao/skill").header("X-Skill-Secret", "local-kakao-secret")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"userRequest\":{\"utterance\":\"아메리카노 재고 있어요?\",\"user\":{\"id\":\"u\"}}}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody()
                    .jsonPath("$.version").isEqualTo("2.0")
                    .jsonPath("$.template.outputs[0].simpleText.text")
                    .value(text -> assertThat(text.toString()).startsWith("죄송해요"));
        } finally {
            CHATBOT.start();
        }
    }

    @Test
    void aSlowServiceTimesOutIntoA503() {
        ITEMS.stubFor(get(urlPathEqualTo("/api/items/1")).willReturn(okJson("{}").withFixedDelay(12_000)));
        Instant started = Instant.now();

        client.get().uri("/api/items/1").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("timed out"));

        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void anIdempotentGetIsRetriedButAPostIsNot() {
        ITEMS.stubFor(get(urlPathEqualTo("/api/items/2")).willReturn(aResponse().withStatus(502)));
        ITEMS.stubFor(post(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(502)));

        client.get().uri("/api/items/2").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/service-unavailable");
        client.post().uri("/api/items").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sku\":\"NEW-001\"}")
                .exchange().expectStatus().isEqualTo(503);

        ITEMS.verify(3, getRequestedFor(urlPathEqualTo("/api/items/2")));
        ITEMS.verify(1, postRequestedFor(urlPathEqualTo("/api/items")));
    }

    @Test
    void aLiveServicesOwn503PassesThroughAndLeavesItsCircuitClosed() {
        // order-service is up, item-service behind it is not: order-service's answer names the cause
        String itemServiceDown = "item-service is unavailable; try again shortly.";
        ORDERS.stubFor(post(urlPathEqualTo("/api/orders")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"/problems/service-unavailable\",\"status\":503,\"detail\":\"" + itemServiceDown + "\"}")));
        ORDERS.stubFor(get(urlPathEqualTo("/api/orders/ORD-20261121-0042"))
                .willReturn(okJson("{\"orderNumber\":\"ORD-20261121-0042\",\"customerId\":1}")));

        for (int i = 0; i < 15; i++) {
            client.post().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1}]}")
                    .exchange().expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").isEqualTo(itemServiceDown);
        }

        // what needs only order-service still works: its circuit did not open
        client.get().uri("/api/orders/ORD-20261121-0042").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.orderNumber").isEqualTo("ORD-20261121-0042");
        ORDERS.verify(15, postRequestedFor(urlPathEqualTo("/api/orders")));
    }

    @Test
    void aServiceErrorPassesThroughUnretried() {
        ITEMS.stubFor(get(urlPathEqualTo("/api/items/3")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"type\":\"/problems/internal-error\",\"status\":500}")));

        client.get().uri("/api/items/3").exchange().expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/internal-error");

        ITEMS.verify(1, getRequestedFor(urlPathEqualTo("/api/items/3")));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndSpareTheService() {
        ITEMS.stubFor(get(urlPathMatching("/api/items/.*")).willReturn(aResponse().withStatus(502)));
        for (int i = 0; i < 4; i++) {
            client.get().uri("/api/items/" + i).exchange().expectStatus().isEqualTo(503);
        }
        ITEMS.resetRequests();

        client.get().uri("/api/items/9").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("circuit open"));

        ITEMS.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsForwarded() {
        postItem(client.post().uri("/api/items").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(100 * 1024)))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/payload-too-large");

        ITEMS.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedToo() {
        ITEMS.stubFor(post(urlPathEqualTo("/api/items")).willReturn(okJson("{}")));
        Flux<DataBuffer> chunks = Flux.range(0, 100).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(" ".repeat(1024).getBytes(StandardCharsets.UTF_8)));

        client.post().uri("/api/items").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/payload-too-large");
    }

    @Test
    void aBodyWithinTheLimitIsForwarded() {
        ITEMS.stubFor(post(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(201)));

        client.post().uri("/api/items").header(HttpHeaders.AUTHORIZATION, bearer("operator"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(32 * 1024))
                .exchange().expectStatus().isCreated();
    }

    private static WebTestClient.ResponseSpec postItem(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange();
    }

    private static String json(int size) {
        return "{\"name\":\"" + "가".repeat(size / 3) + "\"}";
    }
}
