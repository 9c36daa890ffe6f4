package dev.commerce.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * In-process buckets (the default): 30 requests at once, then 10 per second, per user. junho bursts; jiyoung is
 * not slowed down by it. junho is used by no other test of this context, so his bucket is his alone.
 */
class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void aBurstOverTheQuotaIsRefusedWhileAnotherUserGoesOn() {
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":3}")));

        String junho = bearer("junho");
        long started = System.nanoTime();

        List<ResponseEntity<String>> responses = burst(webClient(), junho, 60);

        long allowed = count(responses, 200);
        long refused = count(responses, 429);
        assertThat(allowed + refused).isEqualTo(60);
        assertThat(allowed).isBetween(30L, quota(started, 30, 10));
        assertThat(refused).isPositive();
        ResponseEntity<String> refusal = responses.stream().filter(r -> r.getStatusCode().value() == 429).findFirst().orElseThrow();
        assertThat(refusal.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refusal.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(refusal.getBody()).contains("\"type\":\"/problems/rate-limited\"").contains("\"status\":429");
        CUSTOMERS.verify((int) allowed, getRequestedFor(urlPathEqualTo("/api/customers/3")));

        client.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, bearer("jiyoung"))
                .exchange().expectStatus().isOk();
    }

    /** All requests in flight at once. */
    static List<ResponseEntity<String>> burst(WebClient webClient, String authorization, int requests) {
        return Flux.range(0, requests)
                .flatMap(i -> webClient.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, authorization)
                        .exchangeToMono(response -> response.toEntity(String.class)), requests)
                .collectList()
                .block();
    }

    /** The burst capacity plus what the bucket refilled while the burst was in flight. */
    static long quota(long startedNanos, int burst, int perSecond) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return burst + (long) Math.ceil(seconds * perSecond);
    }

    static long count(List<ResponseEntity<String>> responses, int status) {
        return responses.stream().filter(response -> response.getStatusCode().value() == status).count();
    }
}
