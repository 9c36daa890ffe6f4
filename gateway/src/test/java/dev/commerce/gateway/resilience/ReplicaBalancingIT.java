package dev.commerce.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.commerce.gateway.support.GatewayProcess;
import dev.commerce.gateway.support.Tokens;
import dev.commerce.keycloak.SharedKeycloak;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One gateway (its own JVM from the built jar, configured like a replica by the launcher: {@code health-check}
 * balancing, the instance lists in {@code SPRING_APPLICATION_JSON}) in front of two instances of item-service and of
 * order-service, small real HTTP servers (WireMock) on two ports.
 *
 * <p>order-service's readiness check is switched off (an empty health-check path) so that an instance that is gone
 * stays in the list, as it does for up to a second before the next check, and the retries can be seen at work.
 */
class ReplicaBalancingIT {

    private static final Tokens TOKENS = new Tokens(SharedKeycloak.get());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String READINESS = "/actuator/health/readiness";
    private static final WireMockServer FIRST = backend();
    private static final WireMockServer SECOND = backend();
    private static final Map<String, String> TOKEN_OF = new ConcurrentHashMap<>();

    private static GatewayProcess gateway;

    @BeforeAll
    static void oneGatewayTwoInstances() {
        for (WireMockServer backend : List.of(FIRST, SECOND)) {
            backend.start();
            backend.stubFor(get(READINESS).atPriority(10).willReturn(okJson("{\"status\":\"UP\"}")));
        }
        String instances = "[{\"uri\":\"%s\"},{\"uri\":\"%s\"}]".formatted(url(FIRST), url(SECOND));
        String json = """
                {"spring":{"cloud":{
                  "discovery":{"client":{"simple":{"instances":{"item-service":%s,"order-service":%s}}}},
                  "loadbalancer":{"health-check":{"path":{"order-service":""}}}}}}""".formatted(instances, instances);
        gateway = GatewayProcess.start("gateway-balancing", Map.of(
                "SPRING_APPLICATION_JSON", json,
                "LOADBALANCER_CONFIGURATIONS", "health-check",
                "KEYCLOAK_ISSUER_URI", SharedKeycloak.get().issuerUri(),
                "RATE_LIMIT_ENABLED", "false",
                "API_DOCS_ENABLED", "false"));
    }

    /** The readiness checks end with the load-balancer contexts, before Reactor Netty's resources go. */
    @AfterAll
    static void stopCleanly() throws IOException {
        FIRST.stop();
        SECOND.stop();
        if (gateway != null) {
            gateway.close();
            assertThat(Files.readString(gateway.log())).contains("Graceful shutdown complete")
                    .doesNotContain("RejectedExecutionException");
        }
    }

    /** Everything but the readiness answer goes; a stopped instance comes back on its port. */
    @AfterEach
    void cleanSlate() {
        for (WireMockServer backend : List.of(FIRST, SECOND)) {
            if (!backend.isRunning()) {
                backend.start();
            }
            for (StubMapping stub : backend.getStubMappings()) {
                if (!Integer.valueOf(10).equals(stub.getPriority())) {
                    backend.removeStub(stub);
                }
            }
            backend.resetRequests();
        }
    }

    @Test
    void requestsAreSpreadOverTheInstancesInTurn() {
        both(get("/api/items").willReturn(okJson("{\"content\":[]}")));
        bothInTheList();

        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "/api/items", null, null).statusCode()).isEqualTo(200);
        }

        FIRST.verify(5, getRequestedFor(urlPathEqualTo("/api/items")));
        SECOND.verify(5, getRequestedFor(urlPathEqualTo("/api/items")));
    }

    @Test
    void anInstanceThatIsGoneCostsNoRequestWhateverTheMethod() {
        String order = "ORD-20261121-0001";
        both(get("/api/orders/" + order).willReturn(okJson("{\"orderNumber\":\"" + order + "\",\"customerId\":1}")));
        both(post("/api/orders/" + order + "/cancel").willReturn(okJson("{\"status\":\"CANCELLED\"}")));
        FIRST.stop();

        for (int i = 0; i < 4; i++) {
            assertThat(send("GET", "/api/orders/" + order, "operator", null).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/orders/" + order + "/cancel", "operator", "{}").statusCode()).isEqualTo(200);
        }
        // a customer's read needs the ownership lookup at order-service first: the load balancer retries it too
        assertThat(send("GET", "/api/orders/" + order, "minsu", null).statusCode()).isEqualTo(200);
        // at once, other requests move round robin on between two attempts: a retry still goes to an untried instance
        List<CompletableFuture<HttpResponse<String>>> concurrent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            concurrent.add(HTTP.sendAsync(request("POST", "/api/orders/" + order + "/cancel", "operator", "{}").build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(concurrent.stream().map(CompletableFuture::join)).allSatisfy(answer ->
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));

        SECOND.verify(24, postRequestedFor(urlPathEqualTo("/api/orders/" + order + "/cancel")));
        SECOND.verify(6, getRequestedFor(urlPathEqualTo("/api/orders/" + order)));
    }

    @Test
    void aGetResetInFlightIsAnsweredByTheOtherInstance() {
        String path = "/api/orders/ORD-20261121-0002";
        FIRST.stubFor(get(path).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SECOND.stubFor(get(path).willReturn(okJson("{\"orderNumber\":\"ORD-20261121-0002\",\"customerId\":1}")));

        for (int i = 0; i < 4; i++) {
            assertThat(send("GET", path, "operator", null).statusCode()).isEqualTo(200);
        }

        assertThat(count(FIRST, getRequestedFor(urlPathEqualTo(path)))).as("first attempts that were reset").isPositive();
        SECOND.verify(4, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aPostResetInFlightIsNotSentAgain() {
        String path = "/api/orders/ORD-20261121-0003/cancel";
        FIRST.stubFor(post(path).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SECOND.stubFor(post(path).willReturn(okJson("{\"status\":\"CANCELLED\"}")));

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(send("POST", path, "operator", "{}"));
        }

        int reset = count(FIRST, postRequestedFor(urlPathEqualTo(path)));
        int answered = count(SECOND, postRequestedFor(urlPathEqualTo(path)));
        List<HttpResponse<String>> failed = answers.stream().filter(answer -> answer.statusCode() != 200).toList();
        assertThat(reset).isPositive();
        assertThat(reset + answered).as("every cancel reached one instance once").isEqualTo(4);
        assertThat(failed).hasSize(reset).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"/problems/service-unavailable\"");
        });
    }

    @Test
    void aPlacedOrderIsSentAgainWithItsGeneratedKey() {
        FIRST.stubFor(post("/api/orders").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SECOND.stubFor(post("/api/orders").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"orderNumber\":\"ORD-20261121-0100\",\"customerId\":1,\"status\":\"PLACED\"}")));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> placed = send("POST", "/api/orders", "minsu", "{\"lines\":[{\"itemId\":1,\"quantity\":2}]}");
            assertThat(placed.statusCode()).isEqualTo(201);
        }

        List<LoggedRequest> reset = FIRST.findAll(postRequestedFor(urlPathEqualTo("/api/orders")));
        List<LoggedRequest> placed = SECOND.findAll(postRequestedFor(urlPathEqualTo("/api/orders")));
        List<String> placedKeys = placed.stream().map(request -> request.getHeader("Idempotency-Key")).toList();
        assertThat(reset).as("first attempts that were reset").isNotEmpty();
        assertThat(placedKeys).hasSize(3).doesNotHaveDuplicates().allSatisfy(key -> assertThat(UUID.fromString(key)).isNotNull());
        assertThat(reset).allSatisfy(request -> assertThat(placedKeys).contains(request.getHeader("Idempotency-Key")));
        // the retry sent the whole body again, as the ownership filter rewrote it for minsu
        assertThat(placed).allSatisfy(request -> {
            JsonNode body = json(request.getBodyAsString());
            assertThat(body.path("customerId").asLong()).isEqualTo(1);
            assertThat(body.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        });
    }

    @Test
    void theClientsOwnKeyIsPassedOn() {
        both(post("/api/orders").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"orderNumber\":\"ORD-20261121-0101\"}")));

        HttpRequest.Builder request = request("POST", "/api/orders", "operator",
                "{\"customerId\":2,\"lines\":[{\"itemId\":1,\"quantity\":1}]}").header("Idempotency-Key", "tour-order-1");
        assertThat(send(request).statusCode()).isEqualTo(201);

        List<LoggedRequest> received = new ArrayList<>(FIRST.findAll(postRequestedFor(urlPathEqualTo("/api/orders"))));
        received.addAll(SECOND.findAll(postRequestedFor(urlPathEqualTo("/api/orders"))));
        assertThat(received).singleElement().satisfies(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("tour-order-1"));
    }

    @Test
    void anInstanceReportingDownStopsReceivingRequests() {
        both(get("/api/items").willReturn(okJson("{\"content\":[]}")));
        bothInTheList();
        StubMapping down = FIRST.stubFor(get(READINESS).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"OUT_OF_SERVICE\"}")));
        long reported = System.nanoTime();

        awaitNotChosen(FIRST);
        long left = System.nanoTime();
        FIRST.resetRequests();
        SECOND.resetRequests();
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "/api/items", null, null).statusCode()).isEqualTo(200);
        }
        FIRST.verify(0, getRequestedFor(urlPathEqualTo("/api/items")));
        SECOND.verify(10, getRequestedFor(urlPathEqualTo("/api/items")));

        // ready again, it is chosen again
        FIRST.removeStub(down);
        awaitChosen(FIRST);
        System.out.printf("readiness DOWN: no more requests after %d ms; UP: chosen again after %d ms%n",
                (left - reported) / 1_000_000, (System.nanoTime() - left) / 1_000_000);
    }

    /** Sends GET /api/items until one reaches {@code instance}: it is in the list again. */
    private static void awaitChosen(WireMockServer instance) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int before = count(instance, getRequestedFor(urlPathEqualTo("/api/items")));
        while (count(instance, getRequestedFor(urlPathEqualTo("/api/items"))) == before) {
            assertThat(System.nanoTime()).as("chosen again within 20 s").isLessThan(deadline);
            assertThat(send("GET", "/api/items", null, null).statusCode()).isEqualTo(200);
            GatewayProcess.sleep(50);
        }
    }

    /** Sends GET /api/items until ten in a row did not reach {@code instance}: it has left the list. */
    private static void awaitNotChosen(WireMockServer instance) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int missed = 0;
        while (missed < 10) {
            assertThat(System.nanoTime()).as("left the list within 20 s").isLessThan(deadline);
            int before = count(instance, getRequestedFor(urlPathEqualTo("/api/items")));
            assertThat(send("GET", "/api/items", null, null).statusCode()).isEqualTo(200);
            missed = count(instance, getRequestedFor(urlPathEqualTo("/api/items"))) == before ? missed + 1 : 0;
            GatewayProcess.sleep(50);
        }
    }

    /** item-service is health-checked: an instance another test stopped is back once a check saw it. */
    private static void bothInTheList() {
        awaitChosen(FIRST);
        awaitChosen(SECOND);
        FIRST.resetRequests();
        SECOND.resetRequests();
    }

    private static void both(MappingBuilder stub) {
        FIRST.stubFor(stub);
        SECOND.stubFor(stub);
    }

    private static int count(WireMockServer backend, RequestPatternBuilder pattern) {
        return backend.countRequestsMatching(pattern.build()).getCount();
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) {
        return send(request(method, path, user, body));
    }

    private static HttpRequest.Builder request(String method, String path, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + TOKEN_OF.computeIfAbsent(user, TOKENS::fresh));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("no answer from the gateway", e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return Tokens.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static WireMockServer backend() {
        return new WireMockServer(options().port(GatewayProcess.freePort()).bindAddress("127.0.0.1").containerThreads(20));
    }

    private static String url(WireMockServer backend) {
        return URI.create("http://127.0.0.1:" + backend.port()).toString();
    }
}
