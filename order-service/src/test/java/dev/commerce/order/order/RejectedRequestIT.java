package dev.commerce.order.order;

import dev.commerce.order.support.Api;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.commerce.order.support.CatalogItem.AMERICANO;
import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every 4xx: RFC 9457 problem+json with the platform's type, no stack trace, and no change anywhere. */
class RejectedRequestIT extends IntegrationTestBase {

    private static final String VALID_LINES = "\"lines\":[{\"itemId\":1,\"quantity\":1}]";

    static Stream<Arguments> badPlacements() {
        String fiftyOneLines = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "{\"itemId\":" + i + ",\"quantity\":1}")
                .collect(Collectors.joining(",", "{\"customerId\":1,\"lines\":[", "]}"));
        return Stream.of(
                arguments("not JSON", "{\"customerId\":1,", "malformed-request", null),
                arguments("empty body", "", "malformed-request", null),
                arguments("array instead of object", "[]", "malformed-request", null),
                arguments("trailing content", "{\"customerId\":1," + VALID_LINES + "} {}", "malformed-request", null),
                arguments("unknown field", "{\"customerId\":1," + VALID_LINES + ",\"coupon\":\"X\"}",
                        "malformed-request", null),
                arguments("unknown line field", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1,\"price\":1}]}",
                        "malformed-request", null),
                arguments("text for a number", "{\"customerId\":\"one\"," + VALID_LINES + "}", "malformed-request", null),
                arguments("number in quotes", "{\"customerId\":\"1\"," + VALID_LINES + "}", "malformed-request", null),
                arguments("fractional quantity", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1.5}]}",
                        "malformed-request", null),
                arguments("lines not an array", "{\"customerId\":1,\"lines\":{\"itemId\":1}}", "malformed-request", null),
                arguments("customerId missing", "{" + VALID_LINES + "}", "validation-failed", "customerId"),
                arguments("customerId zero", "{\"customerId\":0," + VALID_LINES + "}", "validation-failed", "customerId"),
                arguments("customerId negative", "{\"customerId\":-5," + VALID_LINES + "}", "validation-failed",
                        "customerId"),
                arguments("lines missing", "{\"customerId\":1}", "validation-failed", "lines"),
                arguments("no lines", "{\"customerId\":1,\"lines\":[]}", "validation-failed", "lines"),
                arguments("51 lines", fiftyOneLines, "validation-failed", "lines"),
                arguments("null line", "{\"customerId\":1,\"lines\":[null]}", "validation-failed", "lines[0]"),
                arguments("quantity 0", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":0}]}",
                        "validation-failed", "lines[0].quantity"),
                arguments("quantity 1001", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1},"
                        + "{\"itemId\":2,\"quantity\":1001}]}", "validation-failed", "lines[1].quantity"),
                arguments("quantity missing", "{\"customerId\":1,\"lines\":[{\"itemId\":1}]}", "validation-failed",
                        "lines[0].quantity"),
                arguments("itemId zero", "{\"customerId\":1,\"lines\":[{\"itemId\":0,\"quantity\":1}]}",
                        "validation-failed", "lines[0].itemId"),
                arguments("same item twice", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1},"
                        + "{\"itemId\":1,\"quantity\":2}]}", "validation-failed", "lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlacements")
    void aBadPlacementIsA400AndTouchesNothing(String name, String body, String slug, String field) {
        Downstream.customerExists(1);
        Downstream.reservationSucceeds(AMERICANO.times(1));
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", body);

        assertProblem(reply, 400, slug);
        if (field != null) {
            assertThat(reply.body().path("errors").findValuesAsText("field")).contains(field);
        } else {
            assertThat(reply.body().path("detail").asText()).isNotBlank();
        }
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(Downstream.customer().getAllServeEvents()).as("no downstream call").isEmpty();
        assertThat(Downstream.reservationRequests()).isEmpty();
    }

    @Test
    void problemDetailsNameTheFieldNotTheJavaType() {
        Api.Reply unknownField = api.postJson("/api/orders", "{\"customerId\":1," + VALID_LINES + ",\"coupon\":\"X\"}");
        assertThat(unknownField.body().path("detail").asText()).isEqualTo("Unknown field 'coupon'.");
        Api.Reply wrongType = api.postJson("/api/orders",
                "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":\"two\"}]}");
        assertThat(wrongType.body().path("detail").asText())
                .isEqualTo("Field 'lines[0].quantity' has the wrong type (expected a number).");
        Api.Reply tooMany = api.postJson("/api/orders", "{\"customerId\":1,\"lines\":[{\"itemId\":1,\"quantity\":1001}]}");
        assertThat(tooMany.body().path("errors").get(0).toString())
                .isEqualTo("{\"field\":\"lines[0].quantity\",\"message\":\"must be less than or equal to 1000\"}");
        assertThat(Stream.of(unknownField, wrongType, tooMany).map(reply -> reply.body().toString()))
                .noneMatch(text -> text.contains("jackson") || text.contains("java.") || text.contains("Exception"));
    }

    @Test
    void anotherMediaTypeIsA415() {
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.send(HttpMethod.POST, "/api/orders", "customerId=1", "application/x-www-form-urlencoded",
                Map.of());

        assertProblem(reply, 415, "unsupported-media-type");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void badQueriesAre400() {
        assertProblem(api.get("/api/orders"), 400, "validation-failed");
        assertProblem(api.get("/api/orders?customerId=abc"), 400, "malformed-request");
        assertProblem(api.get("/api/orders?customerId=0"), 400, "validation-failed");
        assertProblem(api.get("/api/orders?customerId=1&limit=0"), 400, "validation-failed");
        Api.Reply tooMany = api.get("/api/orders?customerId=1&limit=101");
        assertProblem(tooMany, 400, "validation-failed");
        assertThat(tooMany.body().path("errors").get(0).path("field").asText()).isEqualTo("limit");
    }

    @Test
    void unknownOrdersAre404Everywhere() {
        Map<String, Integer> before = tableCounts();
        String unknown = "/api/orders/ORD-19990101-0001";

        assertProblem(api.get(unknown), 404, "not-found");
        assertProblem(api.get(unknown + "/delivery"), 404, "not-found");
        assertProblem(api.postJson(unknown + "/cancel", "{}"), 404, "not-found");
        assertProblem(api.postJson(unknown + "/delivery-events", "{\"status\":\"PACKED\"}"), 404, "not-found");
        assertThat(api.get(unknown).body().path("detail").asText())
                .isEqualTo("Order ORD-19990101-0001 does not exist.");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void badDeliveryEventsAndCancelsChangeNothing() {
        String orderNumber = placeOrder(40, LATTE.times(1));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM customer_order WHERE order_number = ?", orderNumber);
        Map<String, Integer> before = tableCounts();
        String events = "/api/orders/" + orderNumber + "/delivery-events";

        assertProblem(api.postJson(events, "{}"), 400, "validation-failed");
        assertProblem(api.postJson(events, "{\"status\":\"FLYING\"}"), 400, "malformed-request");
        assertProblem(api.postJson(events, "{\"status\":\"PACKED\",\"eta\":\"tomorrow\"}"), 400, "malformed-request");
        assertProblem(api.postJson(events, "{\"status\":\"PACKED\",\"location\":\"" + "x".repeat(201) + "\"}"), 400,
                "validation-failed");
        Api.Reply noCarrier = api.postJson(events, "{\"status\":\"SHIPPED\"}");
        assertProblem(noCarrier, 400, "validation-failed");
        assertThat(noCarrier.body().path("errors").findValuesAsText("field"))
                .containsExactly("carrier", "trackingNumber");
        assertProblem(api.postJson(events, "{\"status\":\"PLACED\"}"), 409, "conflict");
        assertProblem(api.postJson("/api/orders/" + orderNumber + "/cancel",
                "{\"reason\":\"" + "x".repeat(201) + "\"}"), 400, "validation-failed");
        assertProblem(api.postJson("/api/orders/" + orderNumber + "/cancel", "{\"why\":\"x\"}"), 400,
                "malformed-request");

        assertThat(jdbc.queryForMap("SELECT * FROM customer_order WHERE order_number = ?", orderNumber)).isEqualTo(row);
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(api.get("/api/nothing-here"), 404, "not-found");
        assertProblem(api.send(HttpMethod.DELETE, "/api/orders", null, null, Map.of()), 405, "method-not-allowed");
    }

    @Test
    void aClientAcceptingOnlyJsonStillGetsTheProblem() {
        Api.Reply reply = api.send(HttpMethod.GET, "/api/orders/ORD-19990101-0002", null, null,
                Map.of("Accept", "application/json"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("/problems/not-found");
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/" + slug);
        assertThat(reply.body().path("title").asText()).isNotBlank();
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        assertThat(reply.body().toString()).doesNotContain("Exception", "\tat ");
    }
}
