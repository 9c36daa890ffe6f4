package dev.commerce.order.order;

import dev.commerce.order.support.Api;
import dev.commerce.order.support.Downstream;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.commerce.order.support.CatalogItem.AMERICANO;
import static dev.commerce.order.support.CatalogItem.CHOCO_CAKE;
import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/orders with an Idempotency-Key: a client (or the gateway) that repeats a request after a timeout or a
 * replica's failure gets the first request's order, never a second order and a second reservation.
 */
class IdempotentPlacementIT extends IntegrationTestBase {

    @Test
    void aRepeatWithTheSameKeyAnswersTheFirstOrderAndReservesNothingAgain() {
        Downstream.customerExists(61);
        Downstream.reservationSucceeds(AMERICANO.times(2));
        Map<String, String> key = key();

        Api.Reply first = api.postJson("/api/orders", orderJson(61, AMERICANO.times(2)), key);
        Api.Reply repeat = api.postJson("/api/orders", orderJson(61, AMERICANO.times(2)), key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(repeat.status()).as(repeat.body().toString()).isEqualTo(201);
        assertThat(repeat.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().getLocation()).isEqualTo(first.headers().getLocation());
        String orderNumber = first.body().path("orderNumber").asText();
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = 61")).isEqualTo(1);
        assertThat(Downstream.reservationRequests()).hasSize(1);
        assertThat(publications(orderNumber, "OrderPlaced")).isEqualTo(1);
    }

    @Test
    void theSameKeyForOtherLinesIsA422AndChangesNothing() {
        Downstream.customerExists(62);
        Downstream.reservationSucceeds(LATTE.times(1));
        Map<String, String> key = key();
        assertThat(api.postJson("/api/orders", orderJson(62, LATTE.times(1)), key).status()).isEqualTo(201);
        Map<String, Integer> before = tableCounts();

        Api.Reply reused = api.postJson("/api/orders", orderJson(62, LATTE.times(3)), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(reused.problemType()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(Downstream.reservationRequests()).as("only the first request reserved").hasSize(1);
    }

    @Test
    void anInvalidKeyIsA400NamingTheHeaderAndChangesNothing() {
        Downstream.customerExists(63);
        Downstream.reservationSucceeds(LATTE.times(1));
        Map<String, Integer> before = tableCounts();
        int keys = count("SELECT COUNT(*) FROM idempotency_key");

        Api.Reply tooLong = api.postJson("/api/orders", orderJson(63, LATTE.times(1)),
                Map.of("Idempotency-Key", "k".repeat(256)));
        Api.Reply blank = api.postJson("/api/orders", orderJson(63, LATTE.times(1)), Map.of("Idempotency-Key", " "));

        for (Api.Reply reply : List.of(tooLong, blank)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.problemType()).isEqualTo("/problems/validation-failed");
            assertThat(reply.body().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM idempotency_key")).isEqualTo(keys);
        assertThat(Downstream.reservationRequests()).isEmpty();
    }

    @Test
    void concurrentRepeatsWhileTheFirstIsStillReservingAllGetTheOneOrder() throws Exception {
        Downstream.customerExists(64);
        Downstream.reservationTakes(800, CHOCO_CAKE.times(1));
        Map<String, String> key = key();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Api.Reply>> repeats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            repeats.add(() -> api.postJson("/api/orders", orderJson(64, CHOCO_CAKE.times(1)), key));
        }
        List<String> numbers = new ArrayList<>();
        try {
            for (Future<Api.Reply> future : pool.invokeAll(repeats)) {
                Api.Reply reply = future.get();
                assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
                numbers.add(reply.body().path("orderNumber").asText());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).hasSize(6).containsOnly(numbers.get(0));
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = 64")).isEqualTo(1);
        assertThat(Downstream.reservationRequests()).as("one reservation for one order").hasSize(1);
    }

    @Test
    void aFailedAttemptFreesItsKeyForTheRetry() {
        Downstream.customerExists(65);
        Downstream.reservationShort(CHOCO_CAKE, 5, 2);
        Map<String, String> key = key();
        assertThat(api.postJson("/api/orders", orderJson(65, CHOCO_CAKE.times(5)), key).status()).isEqualTo(409);

        Downstream.reservationSucceeds(CHOCO_CAKE.times(5));
        Api.Reply retry = api.postJson("/api/orders", orderJson(65, CHOCO_CAKE.times(5)), key);

        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = 65")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCustomer() {
        Downstream.customerExists(66);
        Downstream.customerExists(67);
        Downstream.reservationSucceeds(LATTE.times(1));
        Map<String, String> key = key();

        Api.Reply first = api.postJson("/api/orders", orderJson(66, LATTE.times(1)), key);
        Api.Reply other = api.postJson("/api/orders", orderJson(67, LATTE.times(1)), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().path("orderNumber").asText()).isNotEqualTo(first.body().path("orderNumber").asText());
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
