package dev.commerce.order.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.order.support.Api;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.commerce.order.support.CatalogItem.AMERICANO;
import static dev.commerce.order.support.CatalogItem.CHOCO_CAKE;
import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

class PlaceOrderIT extends IntegrationTestBase {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void placesAnOrderStoresItAndPublishesOrderPlaced() {
        Downstream.customerExists(1);
        Downstream.reservationSucceeds(AMERICANO.times(2), CHOCO_CAKE.times(1));

        Api.Reply reply = api.postJson("/api/orders", orderJson(1, AMERICANO.times(2), CHOCO_CAKE.times(1)),
                Map.of("traceparent", TRACEPARENT));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode order = reply.body();
        String orderNumber = order.path("orderNumber").asText();
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(orderNumber).matches("ORD-" + today + "-\\d{4,}");
        assertThat(reply.headers().getLocation()).hasPath("/api/orders/" + orderNumber);
        assertThat(order.path("customerId").asLong()).isEqualTo(1);
        assertThat(order.path("status").asText()).isEqualTo("PLACED");
        assertThat(order.path("total").asLong()).isEqualTo(2 * 4500 + 6500);
        assertThat(order.path("points").asLong()).isEqualTo(2 * 45 + 65);
        assertThat(order.path("lines")).hasSize(2);
        JsonNode americano = order.path("lines").get(0);
        assertThat(americano.path("itemId").asLong()).isEqualTo(1);
        assertThat(americano.path("sku").asText()).isEqualTo("AMR-001");
        assertThat(americano.path("name").asText()).isEqualTo("아메리카노");
        assertThat(americano.path("quantity").asInt()).isEqualTo(2);
        assertThat(americano.path("unitPrice").asLong()).isEqualTo(4500);
        assertThat(americano.path("points").asLong()).as("line points = per-unit × quantity").isEqualTo(90);
        assertThat(Instant.parse(order.path("createdAt").asText())).isBetween(Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(1));

        // stored: the row, its lines, the PLACED timeline entry; the release guard is gone with the insert
        assertThat(jdbc.queryForMap("SELECT status, customer_id, total, points FROM customer_order WHERE order_number = ?",
                orderNumber)).containsEntry("status", "PLACED").containsEntry("total", 15500L)
                .containsEntry("points", 155L);
        assertThat(count("SELECT COUNT(*) FROM order_line l JOIN customer_order o ON o.id = l.order_id "
                + "WHERE o.order_number = ?", orderNumber)).isEqualTo(2);
        assertThat(pendingReleases(orderNumber)).isZero();
        assertThat(api.get("/api/orders/" + orderNumber).body()).isEqualTo(order);

        // downstream calls carried the order number and the caller's trace
        Downstream.item().verify(postRequestedFor(urlEqualTo("/api/reservations"))
                .withRequestBody(equalToJson("""
                        {"orderNumber":"%s","lines":[{"itemId":1,"quantity":2},{"itemId":6,"quantity":1}]}"""
                        .formatted(orderNumber)))
                .withHeader("traceparent", matching("00-" + TRACE_ID + "-[0-9a-f]{16}-01")));
        Downstream.customer().verify(getRequestedFor(urlEqualTo("/api/customers/1"))
                .withHeader("traceparent", matching("00-" + TRACE_ID + "-[0-9a-f]{16}-01")));

        JsonNode envelope = topic.awaitOne(orderNumber, "OrderPlaced");
        assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(envelope.path("type").asText()).isEqualTo("OrderPlaced");
        assertThat(envelope.path("source").asText()).isEqualTo("/order-service");
        assertThat(envelope.path("subject").asText()).isEqualTo(orderNumber);
        assertThat(envelope.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(envelope.path("traceparent").asText()).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");
        assertThat(Instant.parse(envelope.path("time").asText())).isEqualTo(order.path("createdAt").asText());
        JsonNode data = envelope.path("data");
        assertThat(data.path("orderNumber").asText()).isEqualTo(orderNumber);
        assertThat(data.path("customerId").asLong()).isEqualTo(1);
        assertThat(data.path("total").asLong()).isEqualTo(15500);
        assertThat(data.path("points").asLong()).isEqualTo(155);
        assertThat(Instant.parse(data.path("placedAt").asText())).isEqualTo(order.path("createdAt").asText());
        assertThat(data.path("lines").get(1).toString()).isEqualTo("""
                {"itemId":6,"sku":"CHO-001","name":"초코케이크","category":"dessert","quantity":1,"unitPrice":6500,"points":65}""");
        assertThat(data.has("eventId") || data.has("type") || data.has("traceparent")).isFalse();
        assertThat(topic.records(orderNumber)).hasSize(1);
    }

    @Test
    void orderNumbersAreSequentialAndUniqueUnderConcurrentPlacement() throws Exception {
        Downstream.customerExists(2);
        Downstream.reservationSucceeds(LATTE.times(1));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Api.Reply>> placements = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            placements.add(() -> api.postJson("/api/orders", orderJson(2, LATTE.times(1))));
        }
        List<String> numbers = new ArrayList<>();
        try {
            for (Future<Api.Reply> future : pool.invokeAll(placements)) {
                Api.Reply reply = future.get();
                assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
                numbers.add(reply.body().path("orderNumber").asText());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
        assertThat(numbers).allMatch(number -> number.substring(0, 12).equals(numbers.get(0).substring(0, 12)));
        List<Integer> sequence = numbers.stream().map(number -> Integer.parseInt(number.substring(13))).sorted()
                .toList();
        assertThat(sequence.get(49) - sequence.get(0)).as("no gaps among concurrent placements").isEqualTo(49);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = 2")).isEqualTo(50);
    }

    @Test
    void listsACustomersOrdersNewestFirstWithALimit() {
        String first = placeOrder(3, AMERICANO.times(1));
        String second = placeOrder(3, LATTE.times(2));
        String third = placeOrder(3, CHOCO_CAKE.times(3));

        Api.Reply all = api.get("/api/orders?customerId=3");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().findValuesAsText("orderNumber")).containsExactly(third, second, first);
        assertThat(api.get("/api/orders?customerId=3&limit=2").body().findValuesAsText("orderNumber"))
                .containsExactly(third, second);
        assertThat(api.get("/api/orders?customerId=999").body()).isEmpty();
    }

    @Test
    void aCustomerUnknownToCustomerServiceIsA404AndNothingIsReserved() {
        Downstream.customerUnknown(404404);
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", orderJson(404404, AMERICANO.times(1)));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/not-found");
        assertThat(reply.body().path("detail").asText()).isEqualTo("Customer 404404 does not exist.");
        assertThat(Downstream.reservationRequests()).isEmpty();
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void aShortLineIsA409WithItemServicesDetailAndNothingIsStored() {
        Downstream.customerExists(4);
        Downstream.reservationShort(CHOCO_CAKE, 20, 12);
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", orderJson(4, AMERICANO.times(1), CHOCO_CAKE.times(20)));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/insufficient-stock");
        assertThat(reply.body().path("detail").asText()).isEqualTo("초코케이크: only 12 left, 20 requested.");
        assertThat(reply.body().path("itemId").asLong()).isEqualTo(6);
        assertThat(reply.body().path("sku").asText()).isEqualTo("CHO-001");
        assertThat(reply.body().path("requested").asInt()).isEqualTo(20);
        assertThat(reply.body().path("available").asInt()).isEqualTo(12);
        String orderNumber = lastReservedOrderNumber();
        assertThat(orderExists(orderNumber)).isFalse();
        assertThat(tableCounts()).as("no order, no event, no release owed").isEqualTo(before);
        assertThat(Downstream.releaseRequests(orderNumber)).as("nothing was reserved, nothing to release").isZero();
        assertThat(topic.records(orderNumber)).isEmpty();
    }

    @Test
    void anUnknownItemIsA404AndNothingIsStored() {
        Downstream.customerExists(5);
        Downstream.reservationUnknownItem(999);
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", """
                {"customerId":5,"lines":[{"itemId":999,"quantity":1}]}""");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("/problems/not-found");
        assertThat(reply.body().path("detail").asText()).isEqualTo("Item 999 does not exist.");
        assertThat(tableCounts()).isEqualTo(before);
    }
}
