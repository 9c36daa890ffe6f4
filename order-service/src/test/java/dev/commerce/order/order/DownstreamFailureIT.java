package dev.commerce.order.order;

import dev.commerce.order.support.Api;
import dev.commerce.order.support.CatalogItem;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.commerce.order.support.CatalogItem.AMERICANO;
import static dev.commerce.order.support.CatalogItem.GREEN_TEA;
import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** item-service or customer-service down, slow or failing: 503 quickly, and never a reservation left behind. */
class DownstreamFailureIT extends IntegrationTestBase {

    @Test
    void aSlowItemServiceIsA503WithinTheTimeoutAndTheLateReservationIsReleased() {
        Downstream.customerExists(10);
        Downstream.reservationTakes(5000, AMERICANO.times(1));
        Map<String, Integer> before = tableCounts();

        long started = System.nanoTime();
        Api.Reply reply = api.postJson("/api/orders", orderJson(10, AMERICANO.times(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        LoggerFactory.getLogger(DownstreamFailureIT.class).info("503 for a slow item-service after {} ms",
                took.toMillis());
        assertUnavailable(reply, "item-service");
        assertThat(reply.body().path("detail").asText()).isEqualTo("item-service did not answer in time.");
        assertThat(took).as("read timeout 1.5 s, not item-service's 5 s").isLessThan(Duration.ofMillis(2500));
        String orderNumber = lastReservedOrderNumber();
        assertThat(orderExists(orderNumber)).isFalse();
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        await().until(() -> pendingReleases(orderNumber) == 0);
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(topic.records(orderNumber)).isEmpty();
    }

    @Test
    void anItemService5xxIsA503AndTheReservationIsReleased() {
        Downstream.customerExists(11);
        Downstream.reservationFails(500);

        Api.Reply reply = api.postJson("/api/orders", orderJson(11, LATTE.times(1)));

        assertUnavailable(reply, "item-service");
        assertThat(reply.body().path("detail").asText()).isEqualTo("item-service failed with HTTP 500.");
        String orderNumber = lastReservedOrderNumber();
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        await().until(() -> pendingReleases(orderNumber) == 0);
        assertThat(orderExists(orderNumber)).isFalse();
    }

    @Test
    void aDroppedConnectionIsA503AndTheReservationIsReleased() {
        Downstream.customerExists(11);
        Downstream.reservationConnectionReset();

        Api.Reply reply = api.postJson("/api/orders", orderJson(11, LATTE.times(1)));

        assertUnavailable(reply, "item-service");
        String orderNumber = lastReservedOrderNumber();
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        assertThat(orderExists(orderNumber)).isFalse();
    }

    @Test
    void anItemServiceThatIsDownIsA503AndNoReleaseIsOwed() {
        Downstream.customerExists(12);
        Map<String, Integer> before = tableCounts();
        Downstream.stopItemService();

        Api.Reply reply = api.postJson("/api/orders", orderJson(12, LATTE.times(1)));

        assertUnavailable(reply, "item-service");
        assertThat(reply.body().path("detail").asText()).isEqualTo("item-service cannot be reached.");
        assertThat(tableCounts()).as("connection refused: nothing can have been reserved").isEqualTo(before);
    }

    @Test
    void aSlowCustomerServiceIsA503AndNothingIsReserved() {
        Downstream.customer().stubFor(get(urlEqualTo("/api/customers/13"))
                .willReturn(aResponse().withFixedDelay(5000).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":13}")));
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", orderJson(13, LATTE.times(1)));

        assertUnavailable(reply, "customer-service");
        assertThat(Downstream.reservationRequests()).isEmpty();
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenAnswersWithoutCallingItemService() {
        Downstream.customerExists(14);
        Downstream.reservationFails(500);
        for (int i = 0; i < 4; i++) {
            assertThat(api.postJson("/api/orders", orderJson(14, LATTE.times(1))).status()).isEqualTo(503);
        }
        int callsBefore = Downstream.reservationRequests().size();

        long started = System.nanoTime();
        Api.Reply reply = api.postJson("/api/orders", orderJson(14, LATTE.times(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(reply, "item-service");
        assertThat(reply.body().path("detail").asText())
                .isEqualTo("item-service is unavailable (circuit open after repeated failures).");
        assertThat(Downstream.reservationRequests()).as("open circuit: item-service not called").hasSize(callsBefore);
        assertThat(took).isLessThan(Duration.ofMillis(1500));
        // this instance stays ready and alive: only ordering is degraded
        assertThat(api.get("/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").body().path("status").asText()).isEqualTo("UP");
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM pending_release")).isZero());
    }

    @Test
    void unknownCustomersAndShortLinesDoNotOpenTheCircuit() {
        for (long id = 900; id < 906; id++) {
            Downstream.customerUnknown(id);
            assertThat(api.postJson("/api/orders", orderJson(id, LATTE.times(1))).status()).isEqualTo(404);
        }
        Downstream.customerExists(15);
        Downstream.reservationShort(GREEN_TEA, 5, 3);
        for (int i = 0; i < 6; i++) {
            assertThat(api.postJson("/api/orders", orderJson(15, GREEN_TEA.times(5))).status()).isEqualTo(409);
        }

        assertThat(placeOrder(15, LATTE.times(1))).startsWith("ORD-");
    }

    @Test
    void aReleaseThatCannotReachItemServiceIsKeptAndSentOnceItemServiceIsBack() {
        Downstream.customerExists(16);
        Downstream.reservationFails(503);
        Downstream.releaseConnectionReset();

        assertThat(api.postJson("/api/orders", orderJson(16, LATTE.times(1))).status()).isEqualTo(503);
        String orderNumber = lastReservedOrderNumber();

        await().untilAsserted(() -> assertThat(jdbc.queryForMap(
                "SELECT attempts, last_error FROM pending_release WHERE order_number = ?", orderNumber))
                .satisfies(row -> {
                    assertThat(((Number) row.get("attempts")).intValue()).isPositive();
                    assertThat(row.get("last_error")).isNotNull();
                }));
        assertThat(orderExists(orderNumber)).isFalse();

        Downstream.releaseSucceeds();
        await().until(() -> pendingReleases(orderNumber) == 0);
        assertThat(Downstream.releaseRequests(orderNumber)).as("failed tries, then the confirmed one")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theReservationOfAPlacementThatNeverFinishedIsReleased() {
        // what a crash between the reserve call and the order insert leaves behind: an expired guard
        String orderNumber = "ORD-20260101-9999";
        LocalDateTime past = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        jdbc.update("INSERT INTO pending_release (order_number, reason, attempts, next_attempt_at, created_at) "
                + "VALUES (?, 'PLACEMENT', 0, ?, ?)", orderNumber, past, past);

        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        await().until(() -> pendingReleases(orderNumber) == 0);
    }

    @Test
    void aReservationThatDoesNotMatchTheOrderIsReleasedAndNotStored() {
        Downstream.customerExists(17);
        Downstream.reservationSucceeds(AMERICANO.times(3));

        Api.Reply reply = api.postJson("/api/orders", orderJson(17, AMERICANO.times(1)));

        assertUnavailable(reply, "item-service");
        String orderNumber = lastReservedOrderNumber();
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        assertThat(orderExists(orderNumber)).isFalse();
    }

    @Test
    void anOrderThatCannotBeStoredReleasesItsReservation() {
        CatalogItem oversized = new CatalogItem(77, "BIG-001", "대".repeat(300), "goods", 1000, 10);
        Downstream.customerExists(18);
        Downstream.reservationSucceeds(oversized.times(1));
        Map<String, Integer> before = tableCounts();

        Api.Reply reply = api.postJson("/api/orders", orderJson(18, oversized.times(1)));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/internal-error");
        assertThat(reply.body().toString()).doesNotContain("Exception", "SQL", "at dev.");
        String orderNumber = lastReservedOrderNumber();
        await().untilAsserted(() -> assertThat(Downstream.releaseRequests(orderNumber)).isPositive());
        await().untilAsserted(() -> assertThat(tableCounts()).isEqualTo(before));
        assertThat(topic.records(orderNumber)).isEmpty();
    }

    private static void assertUnavailable(Api.Reply reply, String service) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(503);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("/problems/service-unavailable");
        assertThat(reply.body().path("service").asText()).isEqualTo(service);
        assertThat(reply.headers().getFirst("Retry-After")).isEqualTo("5");
    }
}
