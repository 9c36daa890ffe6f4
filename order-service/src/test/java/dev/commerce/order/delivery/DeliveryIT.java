package dev.commerce.order.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.order.support.Api;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliveryIT extends IntegrationTestBase {

    @Test
    void deliveryStepsFollowTheOnlyLegalOrderAndBuildTheTimeline() {
        String orderNumber = placeOrder(30, LATTE.times(2));

        assertStep(deliveryStep(orderNumber, """
                {"status":"PACKED","location":"성수 물류센터"}"""), 200, "PACKED");
        assertConflict(deliveryStep(orderNumber, """
                {"status":"DELIVERED","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890"}"""),
                "Order " + orderNumber + " is PACKED; the next delivery step is SHIPPED, not DELIVERED.");
        Api.Reply noTracking = deliveryStep(orderNumber, "{\"status\":\"SHIPPED\",\"carrier\":\"CJ대한통운\"}");
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.problemType()).isEqualTo("/problems/validation-failed");
        assertThat(noTracking.body().path("errors").findValuesAsText("field")).containsExactly("trackingNumber");
        assertStep(deliveryStep(orderNumber, """
                {"status":"SHIPPED","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890","location":"서울 송파 허브"}"""),
                200, "SHIPPED");
        assertConflict(deliveryStep(orderNumber, "{\"status\":\"PACKED\"}"),
                "Order " + orderNumber + " is SHIPPED; the next delivery step is IN_TRANSIT, not PACKED.");
        assertStep(deliveryStep(orderNumber, """
                {"status":"IN_TRANSIT","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890","location":"대전 HUB"}"""),
                200, "IN_TRANSIT");
        Api.Reply delivered = deliveryStep(orderNumber, """
                {"status":"DELIVERED","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890","location":"서울 강남구"}""");
        assertStep(delivered, 200, "DELIVERED");
        assertConflict(deliveryStep(orderNumber, """
                {"status":"DELIVERED","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890"}"""),
                "Order " + orderNumber + " is DELIVERED; no further delivery step is possible.");

        JsonNode delivery = api.get("/api/orders/" + orderNumber + "/delivery").body();
        assertThat(delivery).isEqualTo(delivered.body());
        assertThat(delivery.path("orderNumber").asText()).isEqualTo(orderNumber);
        assertThat(delivery.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.path("carrier").asText()).isEqualTo("CJ대한통운");
        assertThat(delivery.path("trackingNumber").asText()).isEqualTo("6012-3456-7890");
        JsonNode events = delivery.path("events");
        assertThat(events.findValuesAsText("status"))
                .containsExactly("PLACED", "PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
        assertThat(events.get(0).path("location").isNull()).isTrue();
        assertThat(List.of(events.get(1), events.get(2), events.get(3), events.get(4)))
                .extracting(event -> event.path("location").asText())
                .containsExactly("성수 물류센터", "서울 송파 허브", "대전 HUB", "서울 강남구");
        List<Instant> times = events.findValuesAsText("at").stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isEqualTo(api.get("/api/orders/" + orderNumber).body().path("createdAt").asText());
        assertThat(api.get("/api/orders/" + orderNumber).body().path("status").asText()).isEqualTo("DELIVERED");

        await().until(() -> topic.envelopes(orderNumber, "DeliveryUpdated").size() == 4);
        assertThat(publications(orderNumber, "DeliveryUpdated")).as("rejected steps published nothing").isEqualTo(4);
        JsonNode shipped = topic.envelopes(orderNumber, "DeliveryUpdated").stream()
                .map(envelope -> envelope.path("data"))
                .filter(data -> data.path("status").asText().equals("SHIPPED"))
                .findFirst().orElseThrow();
        assertThat(shipped.path("orderNumber").asText()).isEqualTo(orderNumber);
        assertThat(shipped.path("customerId").asLong()).isEqualTo(30);
        assertThat(shipped.path("carrier").asText()).isEqualTo("CJ대한통운");
        assertThat(shipped.path("trackingNumber").asText()).isEqualTo("6012-3456-7890");
        assertThat(shipped.path("location").asText()).isEqualTo("서울 송파 허브");
        assertThat(Instant.parse(shipped.path("at").asText())).isEqualTo(events.get(2).path("at").asText());
        assertThat(topic.envelopes(orderNumber, "DeliveryUpdated")).as("one outbox thread keeps commit order")
                .extracting(e -> e.path("data").path("status").asText())
                .containsExactly("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
    }

    @Test
    void aCancelledOrderTakesNoDeliveryStep() {
        String orderNumber = placeOrder(31, LATTE.times(1));
        assertThat(api.postJson("/api/orders/" + orderNumber + "/cancel", "{}").status()).isEqualTo(200);
        await().until(() -> pendingReleases(orderNumber) == 0);
        Map<String, Integer> before = tableCounts();

        assertConflict(deliveryStep(orderNumber, "{\"status\":\"PACKED\"}"),
                "Order " + orderNumber + " is cancelled; no delivery step is possible.");

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(api.get("/api/orders/" + orderNumber).body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(publications(orderNumber, "DeliveryUpdated")).isZero();
    }

    @Test
    void placedAndCancelledAreNoDeliveryStepsAndUnknownStatusesAreMalformed() {
        String orderNumber = placeOrder(32, LATTE.times(1));
        Map<String, Integer> before = tableCounts();

        assertConflict(deliveryStep(orderNumber, "{\"status\":\"PLACED\"}"),
                "Order " + orderNumber + " is PLACED; the next delivery step is PACKED, not PLACED.");
        assertConflict(deliveryStep(orderNumber, "{\"status\":\"CANCELLED\"}"),
                "Order " + orderNumber + " is PLACED; the next delivery step is PACKED, not CANCELLED.");
        Api.Reply unknown = deliveryStep(orderNumber, "{\"status\":\"FLYING\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemType()).isEqualTo("/problems/malformed-request");
        assertThat(unknown.body().path("detail").asText()).isEqualTo(
                "Field 'status' must be one of PLACED, PACKED, SHIPPED, IN_TRANSIT, DELIVERED, CANCELLED.");

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(api.get("/api/orders/" + orderNumber + "/delivery").body().path("events")).hasSize(1);
    }

    private static void assertStep(Api.Reply reply, int status, String orderStatus) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.body().path("status").asText()).isEqualTo(orderStatus);
    }

    private static void assertConflict(Api.Reply reply, String detail) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(409);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/conflict");
        assertThat(reply.body().path("detail").asText()).isEqualTo(detail);
    }
}
