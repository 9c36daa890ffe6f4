package dev.commerce.item.reservation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.commerce.item.support.Api;
import dev.commerce.item.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationConcurrencyIT extends IntegrationTestBase {

    @Test
    void twoHundredConcurrentOneUnitReservationsOnStockHundredSellExactlyHundred() {
        var item = createItem(100);
        List<String> orders = IntStream.range(0, 200).mapToObj(i -> newOrderNumber()).toList();

        List<CompletableFuture<Api.Reply>> pending = orders.stream()
                .map(order -> api.postAsync("/api/reservations", ReservationIT.body(order, item.id(), 1)))
                .toList();
        List<Api.Reply> replies = pending.stream().map(CompletableFuture::join).toList();

        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(100);
        var refused = replies.stream().filter(reply -> reply.status() != 201).toList();
        assertThat(refused).hasSize(100).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("type").asText()).isEqualTo("/problems/insufficient-stock");
            assertThat(reply.json().path("available").asInt()).isZero();
        });
        assertThat(stockOf(item.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM reservation_line WHERE item_id = ?", item.id())).isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM reservation r JOIN reservation_line l ON l.order_number = r.order_number"
                + " WHERE l.item_id = ? AND r.status = 'RESERVED'", item.id())).isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM item WHERE stock < 0")).isZero();
    }
}
