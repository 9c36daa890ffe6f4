package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.GREEN_TEA_LATTE;
import static dev.commerce.platform.support.Shop.JIYOUNG;
import static dev.commerce.platform.support.Shop.VANILLA_LATTE;
import static dev.commerce.platform.support.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.E2ePlatform;
import dev.commerce.platform.support.Http;
import dev.commerce.platform.support.KafkaTopics;
import dev.commerce.platform.support.PlatformExtension;
import dev.commerce.platform.support.Shop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A line item-service cannot fill: the customer learns which item and how many are left, and nothing changes. */
@Order(20)
@ExtendWith(PlatformExtension.class)
class InsufficientStockIT {

    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        shop = new Shop(E2ePlatform.get());
        topics = new KafkaTopics(E2ePlatform.get().kafkaBootstrapServers());
    }

    @Test
    void aShortLineIsRefusedByNameAndChangesNothingAnywhere() {
        Map<Long, Integer> stockBefore = shop.stocks(VANILLA_LATTE, GREEN_TEA_LATTE);
        List<String> ordersBefore = shop.orderNumbersOf(JIYOUNG);
        JsonNode pointsBefore = shop.points(JIYOUNG);
        long eventsBefore = placedEventsOf(JIYOUNG);
        int requested = stockBefore.get(GREEN_TEA_LATTE) + 2;

        Http.Response refused = shop.place(JIYOUNG, line(VANILLA_LATTE, 1), line(GREEN_TEA_LATTE, requested));

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.isProblem()).as("%s", refused).isTrue();
        JsonNode problem = refused.json();
        assertThat(problem.path("type").asText()).isEqualTo("/problems/insufficient-stock");
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("detail").asText()).contains("녹차라떼", "GRT-001",
                "only " + stockBefore.get(GREEN_TEA_LATTE) + " left");
        assertThat(problem.path("itemId").asLong()).isEqualTo(GREEN_TEA_LATTE);
        assertThat(problem.path("sku").asText()).isEqualTo("GRT-001");
        assertThat(problem.path("requested").asInt()).isEqualTo(requested);
        assertThat(problem.path("available").asInt()).isEqualTo(stockBefore.get(GREEN_TEA_LATTE));

        // the line that could be filled was not taken either (all or nothing)
        assertThat(shop.stocks(VANILLA_LATTE, GREEN_TEA_LATTE)).containsExactlyInAnyOrderEntriesOf(stockBefore);
        assertThat(shop.orderNumbersOf(JIYOUNG)).isEqualTo(ordersBefore);
        assertThat(shop.points(JIYOUNG)).isEqualTo(pointsBefore);
        // an event would have been written with the order: none waits in the outbox, none reached the topic
        assertThat(Shop.metric(shop.orders(), "orders_outbox_incomplete")).isZero();
        await().untilAsserted(() -> assertThat(Shop.metric(shop.orders(), "orders_releases_pending")).isZero());
        assertThat(placedEventsOf(JIYOUNG)).isEqualTo(eventsBefore);
    }

    private static long placedEventsOf(long customerId) {
        return topics.readAll(KafkaTopics.ORDERS).stream()
                .filter(e -> "OrderPlaced".equals(e.type()) && e.data().path("customerId").asLong() == customerId)
                .count();
    }
}
