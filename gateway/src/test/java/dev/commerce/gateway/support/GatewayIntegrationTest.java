package dev.commerce.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.keycloak.SharedKeycloak;
import java.net.URI;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway on a random port against the real Keycloak (one per JVM) and WireMock services. Every IT extends
 * this class unchanged, so they share one Spring context; the Redis IT adds a profile and gets a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.gateway.security.clock-skew=0s",
        "commerce.gateway.rate-limit.replenish-rate=10",
        "commerce.gateway.rate-limit.burst-capacity=30",
        "commerce.gateway.body-limit.max-size=64KB",
        "GATEWAY_ROUTE_RESPONSE_TIMEOUT_MS=4000",
        "resilience4j.timelimiter.configs.default.timeout-duration=5s",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=60s",
        "resilience4j.circuitbreaker.configs.default.automatic-transition-from-open-to-half-open-enabled=false"})
@AutoConfigureWebTestClient(timeout = "20s")
@AutoConfigureObservability(tracing = false)
public abstract class GatewayIntegrationTest {

    protected static final KeycloakServer KEYCLOAK = SharedKeycloak.get();
    protected static final Tokens TOKENS = new Tokens(KEYCLOAK);
    protected static final WireMockServer ITEMS = Downstreams.ITEM;
    protected static final WireMockServer ORDERS = Downstreams.ORDER;
    protected static final WireMockServer CUSTOMERS = Downstreams.CUSTOMER;
    protected static final WireMockServer ENGINE = Downstreams.ENGINE;
    protected static final WireMockServer CHATBOT = Downstreams.CHATBOT;

    @Autowired
    protected WebTestClient client;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void realComponents(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", KEYCLOAK::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> KEYCLOAK.issuerUri() + "/protocol/openid-connect/certs");
        registry.add("ITEM_SERVICE_URL", () -> Downstreams.url(ITEMS));
        registry.add("ORDER_SERVICE_URL", () -> Downstreams.url(ORDERS));
        registry.add("CUSTOMER_SERVICE_URL", () -> Downstreams.url(CUSTOMERS));
        registry.add("PROCESS_ENGINE_URL", () -> Downstreams.url(ENGINE));
        registry.add("CHATBOT_ADAPTER_URL", () -> Downstreams.url(CHATBOT));
    }

    @BeforeEach
    void cleanSlate() {
        Downstreams.resetAll();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /** The path exactly as written, percent signs and all (a URI template would encode them again). */
    protected URI raw(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** For concurrent calls, which WebTestClient's blocking assertions do not make. */
    protected WebClient webClient() {
        return WebClient.create("http://127.0.0.1:" + port);
    }

    protected static String bearer(String username) {
        return "Bearer " + TOKENS.of(username);
    }
}
