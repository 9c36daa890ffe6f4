package dev.commerce.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.ResponseEntity;

/**
 * The same quota in Redis (profile {@code redis}, the machine's Redis on 6379), where all gateway instances share
 * it. Redis is a real component of the CI machine: unreachable is a failure unless {@code TEST_REDIS=skip}.
 */
@ActiveProfiles("redis")
class RedisRateLimitIT extends GatewayIntegrationTest {

    private static final String BUCKET = "it-" + UUID.randomUUID();
    private static final int BURST = 10;
    private static final int RATE = 2;
    private static final String HOST = System.getenv().getOrDefault("TEST_REDIS_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_REDIS_PORT", "6379"));

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("commerce.gateway.rate-limit.bucket", () -> BUCKET);
        // a smaller bucket than the in-process test: fewer requests in flight on a busy CI machine
        registry.add("commerce.gateway.rate-limit.burst-capacity", () -> BURST);
        registry.add("commerce.gateway.rate-limit.replenish-rate", () -> RATE);
        registry.add("spring.data.redis.host", () -> HOST);
        registry.add("spring.data.redis.port", () -> PORT);
    }

    @BeforeAll
    static void redisRuns() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
        } catch (Exception unreachable) {
            Assumptions.assumeTrue("skip".equals(System.getenv("TEST_REDIS")), "TEST_REDIS=skip");
            throw new AssertionError("Redis is not reachable at " + HOST + ":" + PORT
                    + " (start it, or set TEST_REDIS=skip to skip this test)", unreachable);
        }
    }

    @AfterEach
    void forgetBuckets() {
        redis.keys("request_rate_limiter.{" + BUCKET + ".*").flatMap(redis::delete).blockLast();
    }

    @Test
    void theQuotaLivesInRedisAndIsPerUser() {
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":3}")));
        String junho = bearer("junho");
        // a first request loads the limiter script into Redis; the burst then measures the quota, not a cold start
        client.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, bearer("operator")).exchange();
        long started = System.nanoTime();

        List<ResponseEntity<String>> responses = RateLimitIT.burst(webClient(), junho, 25);

        long allowed = RateLimitIT.count(responses, 200);
        long refused = RateLimitIT.count(responses, 429);
        assertThat(allowed + refused).as("only 200 and 429 answers").isEqualTo(25);
        assertThat(allowed).isBetween((long) BURST, RateLimitIT.quota(started, BURST, RATE));
        assertThat(refused).isPositive();
        assertThat(redis.keys("request_rate_limiter.{" + BUCKET + ".user:*").collectList().block()).isNotEmpty();

        client.get().uri("/api/customers/me").header(HttpHeaders.AUTHORIZATION, bearer("jiyoung"))
                .exchange().expectStatus().isOk();
    }
}
