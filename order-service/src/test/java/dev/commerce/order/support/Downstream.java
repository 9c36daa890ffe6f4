package dev.commerce.order.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock stand-ins for item-service and customer-service, one pair per test JVM on fixed free ports, so a test
 * can stop item-service (connection refused) and start it again at the same address.
 */
public final class Downstream {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final int ITEM_PORT = FreePort.find();
    private static final int CUSTOMER_PORT = FreePort.find();
    private static WireMockServer item;
    private static WireMockServer customer;

    private Downstream() {
    }

    public static synchronized WireMockServer item() {
        if (item == null || !item.isRunning()) {
            item = start(ITEM_PORT);
        }
        return item;
    }

    public static synchronized WireMockServer customer() {
        if (customer == null) {
            customer = start(CUSTOMER_PORT);
        }
        return customer;
    }

    public static String itemUrl() {
        return "http://localhost:" + ITEM_PORT;
    }

    public static String customerUrl() {
        return "http://localhost:" + CUSTOMER_PORT;
    }

    /** item-service goes away: its port refuses connections until {@link #item()} starts it again. */
    public static synchronized void stopItemService() {
        item().stop();
    }

    public static void reset() {
        item().resetAll();
        customer().resetAll();
        releaseSucceeds();
    }

    public static void customerExists(long id) {
        customer().stubFor(get(urlEqualTo("/api/customers/" + id)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                // More fields than order-service reads, plus one it has never heard of: it must read tolerantly.
                .withBody("""
                        {"id":%d,"username":"minsu","name":"김민수","email":"minsu@example.com","phone":"010-1234-5678",
                         "kakaoUserKey":"kakao-minsu","grade":"GOLD","points":12000,"preferredCategories":["coffee"]}"""
                        .formatted(id))));
    }

    public static void customerUnknown(long id) {
        customer().stubFor(get(urlEqualTo("/api/customers/" + id)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM_JSON)
                .withBody("""
                        {"type":"/problems/not-found","title":"Not found","status":404,
                         "detail":"Customer %d does not exist."}""".formatted(id))));
    }

    public static void reservationSucceeds(CatalogItem.Line... lines) {
        reserve(reservation(lines));
    }

    /** A reservation that lands, but only after {@code millis}: longer than order-service's read timeout. */
    public static void reservationTakes(int millis, CatalogItem.Line... lines) {
        reserve(reservation(lines).withFixedDelay(millis));
    }

    private static ResponseDefinitionBuilder reservation(CatalogItem.Line... lines) {
        String body = """
                {"orderNumber":"{{jsonPath request.body '$.orderNumber'}}","status":"RESERVED",
                 "reservedAt":"2026-11-20T09:00:00Z","lines":[%s]}""".formatted(Stream.of(lines)
                .map(line -> """
                        {"itemId":%d,"sku":"%s","name":"%s","category":"%s","quantity":%d,"unitPrice":%d,"points":%d}"""
                        .formatted(line.item().id(), line.item().sku(), line.item().name(), line.item().category(),
                                line.quantity(), line.item().price(), line.item().points()))
                .collect(Collectors.joining(",")));
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static void reservationShort(CatalogItem item, int requested, int available) {
        reserve(aResponse().withStatus(409).withHeader("Content-Type", PROBLEM_JSON).withBody("""
                {"type":"/problems/insufficient-stock","title":"Insufficient stock","status":409,
                 "detail":"%s: only %d left, %d requested.","instance":"/api/reservations",
                 "itemId":%d,"sku":"%s","requested":%d,"available":%d}"""
                .formatted(item.name(), available, requested, item.id(), item.sku(), requested, available)));
    }

    public static void reservationUnknownItem(long itemId) {
        reserve(aResponse().withStatus(404).withHeader("Content-Type", PROBLEM_JSON).withBody("""
                {"type":"/problems/not-found","title":"Not found","status":404,"detail":"Item %d does not exist."}"""
                .formatted(itemId)));
    }

    public static void reservationFails(int status) {
        reserve(aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON)
                .withBody("{\"type\":\"about:blank\",\"status\":" + status + "}"));
    }

    public static void reservationConnectionReset() {
        reserve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    public static void releaseSucceeds() {
        item().stubFor(delete(urlPathMatching("/api/reservations/.*")).willReturn(aResponse().withStatus(204)));
    }

    public static void releaseConnectionReset() {
        item().stubFor(delete(urlPathMatching("/api/reservations/.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static List<LoggedRequest> reservationRequests() {
        return item().findAll(postRequestedFor(urlEqualTo("/api/reservations")));
    }

    public static int releaseRequests(String orderNumber) {
        return item().findAll(deleteRequestedFor(urlEqualTo("/api/reservations/" + orderNumber))).size();
    }

    private static MappingBuilder reservePost() {
        return post(urlEqualTo("/api/reservations"));
    }

    private static void reserve(ResponseDefinitionBuilder response) {
        item().stubFor(reservePost().willReturn(response));
    }

    /** WireMock's first answer in a fresh JVM can take longer than order-service's read timeout. */
    private static void warmUp(WireMockServer server, int port) {
        server.stubFor(get(urlEqualTo("/__warm-up")).willReturn(aResponse().withBody("{{request.path}}")));
        for (int i = 0; i < 3; i++) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port
                        + "/__warm-up").toURL().openConnection();
                connection.getResponseCode();
                connection.disconnect();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static WireMockServer start(int port) {
        WireMockServer server = new WireMockServer(options().port(port).globalTemplating(true)
                .containerThreads(60).jettyAcceptors(2));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        warmUp(server, port);
        return server;
    }
}
