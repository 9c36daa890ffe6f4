package dev.commerce.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.commerce.gateway.support.Downstreams;
import dev.commerce.gateway.support.GatewayProcess;
import dev.commerce.gateway.support.TestRedis;
import dev.commerce.gateway.support.Tokens;
import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.keycloak.SharedKeycloak;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two gateway replicas, separate JVMs started from the built jar as the launcher starts them (profile {@code redis},
 * one {@code RATE_LIMIT_BUCKET} for this run), on the machine's Redis: a user bursting across both gets one quota,
 * the configured rate, not twice it. With a store per JVM each replica would let {@value #BURST} through.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRateLimitIT {

    private static final String BUCKET = "it-replicas-" + UUID.randomUUID();
    private static final int BURST = 10;
    private static final int RATE = 1;
    private static final int REQUESTS = 40;
    private static final KeycloakServer KEYCLOAK = SharedKeycloak.get();
    private static final Tokens TOKENS = new Tokens(KEYCLOAK);
    private static final WireMockServer CUSTOMERS = Downstreams.CUSTOMER;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final Map<String, String> TOKEN_OF = new ConcurrentHashMap<>();
    private static GatewayProcess first;
    private static GatewayProcess second;

    @BeforeAll
    static void twoReplicasOnOneRedis() {
        TestRedis.requireRunning();
        Map<String, String> environment = Map.of(
                "SPRING_PROFILES_ACTIVE", "redis",
                "REDIS_HOST", TestRedis.HOST,
                "REDIS_PORT", Integer.toString(TestRedis.PORT),
                "RATE_LIMIT_BUCKET", BUCKET,
                "RATE_LIMIT_REPLENISH_RATE", Integer.toString(RATE),
                "RATE_LIMIT_BURST_CAPACITY", Integer.toString(BURST),
                "KEYCLOAK_ISSUER_URI", KEYCLOAK.issuerUri(),
                "CUSTOMER_SERVICE_URL", Downstreams.url(CUSTOMERS),
                "SHUTDOWN_DRAIN_DELAY", "3s",
                "API_DOCS_ENABLED", "false");
        CompletableFuture<GatewayProcess> one = CompletableFuture.supplyAsync(() -> GatewayProcess.start("gateway", environment));
        CompletableFuture<GatewayProcess> two = CompletableFuture.supplyAsync(() -> GatewayProcess.start("gateway-2", environment));
        first = one.join();
        second = two.join();
    }

    @AfterAll
    static void stopAndForget() {
        for (GatewayProcess gateway : new GatewayProcess[] {first, second}) {
            if (gateway != null) {
                gateway.close();
            }
        }
        TestRedis.deleteKeys("request_rate_limiter.{" + BUCKET + ".*");
    }

    @Test
    @Order(1)
    void aBurstAcrossBothReplicasGetsOneQuota() {
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":3}")));
        // keys, the limiter script and the JIT warmed on both with another user, so the burst measures the quota
        assertThat(call(first, "jiyoung").statusCode()).isEqualTo(200);
        assertThat(call(second, "jiyoung").statusCode()).isEqualTo(200);
        CUSTOMERS.resetRequests();
        String junho = token("junho");

        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            calls.add(callAsync(i % 2 == 0 ? first : second, junho));
        }
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - started) / 1e9;

        long allowed = answers.stream().filter(answer -> answer.statusCode() == 200).count();
        long refused = answers.stream().filter(answer -> answer.statusCode() == 429).count();
        // Redis refills per whole second: the burst, plus the rate for each second begun and one boundary crossed
        long quota = BURST + RATE * ((long) Math.ceil(seconds) + 1);
        System.out.printf("replica burst: %d allowed, %d refused in %.2f s (quota %d)%n", allowed, refused, seconds, quota);
        assertThat(allowed + refused).as("only 200 and 429 answers").isEqualTo(REQUESTS);
        assertThat(allowed).isBetween((long) BURST, quota).isLessThan(2L * BURST);
        for (GatewayProcess replica : new GatewayProcess[] {first, second}) {
            assertThat(answers.stream().filter(a -> a.uri().getPort() == replica.uri("/").getPort())
                    .filter(a -> a.statusCode() == 429)).as(replica.name() + " refused its share").isNotEmpty();
        }
        HttpResponse<String> refusal = answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refusal.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refusal.headers().firstValue("Retry-After")).isPresent();
        assertThat(refusal.body()).contains("\"type\":\"/problems/rate-limited\"");
        CUSTOMERS.verify((int) allowed, getRequestedFor(urlPathEqualTo("/api/customers/3")));
        String subject = Tokens.claims(junho).get("sub").asText();
        assertThat(TestRedis.keys("request_rate_limiter.{" + BUCKET + ".user:" + subject + "}.*")).isNotEmpty();

        // the quota is junho's: jiyoung goes on, on either replica
        assertThat(call(first, "jiyoung").statusCode()).isEqualTo(200);
        assertThat(call(second, "jiyoung").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aStoppingReplicaReportsDownAndServesOnUntilItStops() throws Exception {
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":2}")));

        second.terminate();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (second.readiness() != 503 && System.nanoTime() < deadline) {
            GatewayProcess.sleep(50);
        }

        assertThat(second.readiness()).as("readiness while draining (SHUTDOWN_DRAIN_DELAY=3s)").isEqualTo(503);
        assertThat(call(second, "jiyoung").statusCode()).as("still serving while draining").isEqualTo(200);
        assertThat(second.awaitExit(Duration.ofSeconds(30))).as("exited after the drain").isTrue();
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(second.uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
        assertThat(call(first, "jiyoung").statusCode()).as("the other replica").isEqualTo(200);
    }

    private static HttpResponse<String> call(GatewayProcess gateway, String username) {
        return callAsync(gateway, token(username)).join();
    }

    private static String token(String username) {
        return TOKEN_OF.computeIfAbsent(username, TOKENS::fresh);
    }

    private static CompletableFuture<HttpResponse<String>> callAsync(GatewayProcess gateway, String token) {
        return HTTP.sendAsync(HttpRequest.newBuilder(gateway.uri("/api/customers/me"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
