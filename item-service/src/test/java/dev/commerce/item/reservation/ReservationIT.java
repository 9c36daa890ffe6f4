package dev.commerce.item.reservation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.commerce.item.support.Api;
import dev.commerce.item.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationIT extends IntegrationTestBase {

    @Test
    void reservesAllLinesAndAnswersPriceAndPointsPerUnitInRequestOrder() {
        var cup = createItem(10);
        var beans = createItem(5);
        String order = newOrderNumber();

        var reply = api.post("/api/reservations", body(order, beans.id(), 2, cup.id(), 3));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/api/reservations/" + order);
        assertThat(reply.body()).isEqualTo("""
                {"orderNumber":"%s","status":"RESERVED","lines":[\
                {"itemId":%d,"sku":"%s","name":"테스트 상품 %s","category":"test","quantity":2,"unitPrice":1200,"points":12},\
                {"itemId":%d,"sku":"%s","name":"테스트 상품 %s","category":"test","quantity":3,"unitPrice":1200,"points":12}]}"""
                .formatted(order, beans.id(), beans.sku(), beans.sku(), cup.id(), cup.sku(), cup.sku()));
        assertThat(stockOf(cup.id())).isEqualTo(7);
        assertThat(stockOf(beans.id())).isEqualTo(3);
        assertThat(api.get("/api/reservations/" + order).json()).isEqualTo(reply.json());
    }

    @Test
    void theSameRequestTwiceReservesOnceAndAnswersTheSameBody() {
        var item = createItem(10);
        var other = createItem(10);
        String order = newOrderNumber();

        var first = api.post("/api/reservations", body(order, item.id(), 4, other.id(), 1));
        var again = api.post("/api/reservations", body(order, item.id(), 4, other.id(), 1));
        var reordered = api.post("/api/reservations", body(order, other.id(), 1, item.id(), 4));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(reordered.body()).isEqualTo(first.body());
        assertThat(stockOf(item.id())).isEqualTo(6);
        assertThat(stockOf(other.id())).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM reservation WHERE order_number = ?", order)).isEqualTo(1);
    }

    @Test
    void theSameRequestSentConcurrentlyReservesOnce() {
        var item = createItem(50);
        String order = newOrderNumber();
        String json = body(order, item.id(), 3);

        List<Api.Reply> replies = IntStream.range(0, 12)
                .mapToObj(i -> api.postAsync("/api/reservations", json))
                .map(CompletableFuture::join)
                .toList();

        assertThat(replies).extracting(Api.Reply::status).containsOnly(200, 201);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies).extracting(Api.Reply::body).containsOnly(replies.get(0).body());
        assertThat(stockOf(item.id())).isEqualTo(47);
        assertThat(count("SELECT COUNT(*) FROM reservation_line WHERE item_id = ?", item.id())).isEqualTo(1);
    }

    @Test
    void releasingTwiceRestoresTheStockOnce() {
        var item = createItem(10);
        String order = newOrderNumber();
        api.post("/api/reservations", body(order, item.id(), 4));

        var first = api.delete("/api/reservations/" + order);
        var second = api.delete("/api/reservations/" + order);

        assertThat(first.status()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(204);
        assertThat(stockOf(item.id())).isEqualTo(10);
        var shown = api.get("/api/reservations/" + order).json();
        assertThat(shown.path("status").asText()).isEqualTo("RELEASED");
        assertThat(shown.path("lines").get(0).path("quantity").asInt()).isEqualTo(4);
    }

    @Test
    void concurrentReleasesRestoreTheStockOnce() {
        var item = createItem(10);
        String order = newOrderNumber();
        api.post("/api/reservations", body(order, item.id(), 6));

        var releases = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.delete("/api/reservations/" + order)))
                .toList();

        assertThat(releases).extracting(f -> f.join().status()).containsOnly(204);
        assertThat(stockOf(item.id())).isEqualTo(10);
    }

    @Test
    void aReleasedOrderNumberCannotReserveAgain() {
        var item = createItem(10);
        String order = newOrderNumber();
        api.post("/api/reservations", body(order, item.id(), 2));
        api.delete("/api/reservations/" + order);

        var again = api.post("/api/reservations", body(order, item.id(), 2));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("/problems/conflict");
        assertThat(stockOf(item.id())).isEqualTo(10);
    }

    /** The order-service compensation: its reserve timed out, it released, then the reserve arrived late. */
    @Test
    void releasingAnUnknownOrderLeavesATombstoneThatRefusesALateReservation() {
        var item = createItem(10);
        String order = newOrderNumber();

        var release = api.delete("/api/reservations/" + order);
        var lateReserve = api.post("/api/reservations", body(order, item.id(), 1));

        assertThat(release.status()).isEqualTo(204);
        assertThat(lateReserve.status()).isEqualTo(409);
        assertThat(lateReserve.contentType()).startsWith("application/problem+json");
        assertThat(stockOf(item.id())).isEqualTo(10);
        var tombstone = api.get("/api/reservations/" + order).json();
        assertThat(tombstone.path("status").asText()).isEqualTo("RELEASED");
        assertThat(tombstone.path("lines")).isEmpty();
        assertThat(api.delete("/api/reservations/" + order).status()).isEqualTo(204);
    }

    /** Whichever of a reservation and its release arrives first, nothing stays reserved after both. */
    @Test
    void aReleaseRacingItsReservationNeverLeavesStockHeld() {
        var item = createItem(100);
        List<String> orders = IntStream.range(0, 20).mapToObj(i -> newOrderNumber()).toList();

        var reserves = orders.stream().map(order -> api.postAsync("/api/reservations", body(order, item.id(), 2))).toList();
        var releases = orders.stream()
                .map(order -> CompletableFuture.supplyAsync(() -> api.delete("/api/reservations/" + order)))
                .toList();

        assertThat(releases).extracting(f -> f.join().status()).containsOnly(204);
        assertThat(reserves).extracting(f -> f.join().status()).allMatch(status -> status == 201 || status == 409);
        assertThat(stockOf(item.id())).isEqualTo(100);
        for (String order : orders) {
            assertThat(api.get("/api/reservations/" + order).json().path("status").asText()).isEqualTo("RELEASED");
        }
    }

    @Test
    void aReservationThatEmptiesTheShelfLeavesZeroNotLess() {
        var item = createItem(3);

        assertThat(api.post("/api/reservations", body(newOrderNumber(), item.id(), 3)).status()).isEqualTo(201);
        var tooMany = api.post("/api/reservations", body(newOrderNumber(), item.id(), 1));

        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.json().path("available").asInt()).isZero();
        assertThat(stockOf(item.id())).isZero();
    }

    static String body(String order, long itemId, int quantity) {
        return """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":%d}]}""".formatted(order, itemId, quantity);
    }

    static String body(String order, long firstId, int firstQuantity, long secondId, int secondQuantity) {
        return """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":%d},{"itemId":%d,"quantity":%d}]}"""
                .formatted(order, firstId, firstQuantity, secondId, secondQuantity);
    }
}
