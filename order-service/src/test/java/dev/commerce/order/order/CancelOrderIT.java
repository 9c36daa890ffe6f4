package dev.commerce.order.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.order.support.Api;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.commerce.order.support.CatalogItem.AMERICANO;
import static dev.commerce.order.support.CatalogItem.CHOCO_CAKE;
import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CancelOrderIT extends IntegrationTestBase {

    private static final String PACKED = "{\"status\":\"PACKED\"}";
    private static final String SHIPPED = """
            {"status":"SHIPPED","carrier":"CJ대한통운","trackingNumber":"6012-3456-7890"}""";

    @Test
    void cancellingBeforeShippingReleasesTheStockAndPublishesOrderCancelledOnce() {
        String orderNumber = placeOrder(20, AMERICANO.times(2), CHOCO_CAKE.times(1));
        assertThat(deliveryStep(orderNumber, PACKED).status()).isEqualTo(200);

        Api.Reply reply = api.postJson("/api/orders/" + orderNumber + "/cancel", "{\"reason\":\"고객 변심\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(reply.body().path("total").asLong()).isEqualTo(15500);
        assertThat(jdbc.queryForMap("SELECT status, cancel_reason FROM customer_order WHERE order_number = ?",
                orderNumber)).containsEntry("status", "CANCELLED").containsEntry("cancel_reason", "고객 변심");
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isEqualTo(1));
        await().until(() -> pendingReleases(orderNumber) == 0);

        JsonNode envelope = topic.awaitOne(orderNumber, "OrderCancelled");
        assertThat(envelope.path("subject").asText()).isEqualTo(orderNumber);
        JsonNode data = envelope.path("data");
        assertThat(data.path("orderNumber").asText()).isEqualTo(orderNumber);
        assertThat(data.path("customerId").asLong()).isEqualTo(20);
        assertThat(data.path("total").asLong()).isEqualTo(15500);
        assertThat(data.path("points").asLong()).as("what customer-service reverses").isEqualTo(155);
        assertThat(data.path("reason").asText()).isEqualTo("고객 변심");
        assertThat(data.path("lines").findValuesAsText("sku")).containsExactly("AMR-001", "CHO-001");
        assertThat(data.path("lines").get(0).path("points").asLong()).isEqualTo(90);
        assertThat(Instant.parse(data.path("cancelledAt").asText())).isAfter(Instant.parse(
                topic.awaitOne(orderNumber, "OrderPlaced").path("data").path("placedAt").asText()));

        // a second cancel answers the cancelled order and changes nothing more
        Api.Reply again = api.postJson("/api/orders/" + orderNumber + "/cancel", "{\"reason\":\"again\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(publications(orderNumber, "OrderCancelled")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT cancel_reason FROM customer_order WHERE order_number = ?",
                String.class, orderNumber)).isEqualTo("고객 변심");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(topic.envelopes(orderNumber, "OrderCancelled")).hasSize(1);
            assertThat(Downstream.releaseRequests(orderNumber)).isEqualTo(1);
        });
        JsonNode delivery = api.get("/api/orders/" + orderNumber + "/delivery").body();
        assertThat(delivery.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(delivery.path("events").findValuesAsText("status")).containsExactly("PLACED", "PACKED", "CANCELLED");
    }

    @Test
    void cancellingWithoutABodyIsFine() {
        String orderNumber = placeOrder(21, LATTE.times(1));

        Api.Reply reply = api.send(HttpMethod.POST, "/api/orders/" + orderNumber + "/cancel", null, null, Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(topic.awaitOne(orderNumber, "OrderCancelled").path("data").path("reason").isNull()).isTrue();
    }

    @Test
    void cancellingAfterShippingIsAConflictAndChangesNothing() {
        String orderNumber = placeOrder(22, LATTE.times(1));
        assertThat(deliveryStep(orderNumber, PACKED).status()).isEqualTo(200);
        assertThat(deliveryStep(orderNumber, SHIPPED).status()).isEqualTo(200);
        Map<String, Object> rowBefore = orderRow(orderNumber);
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders/" + orderNumber + "/cancel", "{\"reason\":\"too late\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/conflict");
        assertThat(reply.body().path("detail").asText())
                .isEqualTo("Order " + orderNumber + " is SHIPPED and can no longer be cancelled.");
        assertThat(orderRow(orderNumber)).isEqualTo(rowBefore);
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(publications(orderNumber, "OrderCancelled")).isZero();
        assertThat(Downstream.releaseRequests(orderNumber)).isZero();
    }

    @Test
    void aDeliveredOrderCannotBeCancelledEither() {
        String orderNumber = placeOrder(23, LATTE.times(1));
        deliveryStep(orderNumber, PACKED);
        deliveryStep(orderNumber, SHIPPED);
        deliveryStep(orderNumber, SHIPPED.replace("SHIPPED", "IN_TRANSIT"));
        assertThat(deliveryStep(orderNumber, SHIPPED.replace("SHIPPED", "DELIVERED")).status()).isEqualTo(200);

        assertThat(api.postJson("/api/orders/" + orderNumber + "/cancel", "{}").status()).isEqualTo(409);
        assertThat(orderRow(orderNumber)).containsEntry("status", "DELIVERED");
    }

    @Test
    void aCancellationWhileItemServiceIsDownSucceedsAndTheReleaseFollowsWhenItIsBack() {
        String orderNumber = placeOrder(24, LATTE.times(3));
        Downstream.stopItemService();
        try {
            Api.Reply reply = api.postJson("/api/orders/" + orderNumber + "/cancel", "{\"reason\":\"품절 대체 불가\"}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("status").asText()).isEqualTo("CANCELLED");
            topic.awaitOne(orderNumber, "OrderCancelled");
            await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT attempts FROM pending_release WHERE order_number = ?", Integer.class, orderNumber))
                    .isPositive());
        } finally {
            Downstream.item();
            Downstream.releaseSucceeds();
        }
        await().until(() -> pendingReleases(orderNumber) == 0);
        assertThat(Downstream.releaseRequests(orderNumber)).isEqualTo(1);
    }

    private Map<String, Object> orderRow(String orderNumber) {
        return jdbc.queryForMap("SELECT status, carrier, tracking_number, cancel_reason, updated_at, version "
                + "FROM customer_order WHERE order_number = ?", orderNumber);
    }
}
