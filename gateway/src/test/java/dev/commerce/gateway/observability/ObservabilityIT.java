package dev.commerce.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

/** What operators rely on to follow a request: its id and trace downstream, one access log line, safe headers. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends GatewayIntegrationTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void services() {
        ITEMS.stubFor(get(urlPathMatching("/api/items.*")).willReturn(okJson("{\"content\":[]}")));
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":1}")));
    }

    @Test
    void aRequestIdIsCreatedWhenAbsentAndSentDownstream() {
        String id = client.get().uri("/api/items").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(id).matches(UUID);
        ITEMS.verify(getRequestedFor(urlPathEqualTo("/api/items"))
                .withHeader(RequestIdFilter.HEADER, com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)));
    }

    @Test
    void theCallersRequestIdIsKeptWhenItLooksLikeAnId() {
        client.get().uri("/api/items").header(RequestIdFilter.HEADER, "shop-42.abc").exchange()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, "shop-42.abc");
        client.get().uri("/api/items").header(RequestIdFilter.HEADER, "<script>alert(1)</script>").exchange()
                .expectHeader().value(RequestIdFilter.HEADER, id -> assertThat(id).matches(UUID));
    }

    @Test
    void theTraceContinuesDownstream() {
        client.get().uri("/api/items").header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();
        client.get().uri("/api/items/1").exchange().expectStatus().isOk();

        String continued = ITEMS.findAll(getRequestedFor(urlPathEqualTo("/api/items"))).get(0).getHeader("traceparent");
        String started = ITEMS.findAll(getRequestedFor(urlPathEqualTo("/api/items/1"))).get(0).getHeader("traceparent");
        assertThat(continued).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").doesNotContain("00f067aa0ba902b7");
        assertThat(started).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void everyRequestGetsOneAccessLogLine(CapturedOutput output) {
        String id = client.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);
        String refused = client.get().uri("/api/customers/me").exchange().expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(output.getOut()).contains("method=GET path=/api/customers/me status=200 durationMs=")
                    .contains("user=minsu requestId=" + id)
                    .contains("status=401").contains("user=- requestId=" + refused);
        });
        assertThat(output.getOut().lines().filter(line -> line.contains("requestId=" + id))
                .filter(line -> line.contains("dev.commerce.gateway.access"))).hasSize(1);
    }

    @Test
    void responsesCarrySecureHeaders() {
        client.get().uri("/api/items").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
