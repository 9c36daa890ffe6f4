package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.CHOCO_CAKE;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * customer-service down: placing an order needs it (the customer check) and fails fast without touching the stock;
 * a cancel does not need it and succeeds, and its points reversal waits on the topic until the consumer is back.
 */
@Order(60)
@ExtendWith(PlatformExtension.class)
class CustomerServiceOutageIT {

    private static final Duration QUICK = Duration.ofMillis(2500);

    private static E2ePlatform platform;
    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        platform = E2ePlatform.get();
        shop = new Shop(platform);
        topics = new KafkaTopics(platform.kafkaBootstrapServers());
    }

    @Test
    void ordersNeedCustomerServiceButCancelsDoNotAndTheReversalArrivesLater() {
        String earlier = shop.placeOk(JIYOUNG, line(CHOCO_CAKE, 1)).path("orderNumber").asText();
        await().until(() -> shop.ledgerFor(JIYOUNG, earlier).size() == 1);
        JsonNode pointsBefore = shop.points(JIYOUNG);
        int cakesBefore = shop.stock(CHOCO_CAKE);
        int lattesBefore = shop.stock(VANILLA_LATTE);
        List<String> ordersBefore = shop.orderNumbersOf(JIYOUNG);

        platform.stop(E2ePlatform.CUSTOMERS);
        try {
            Http.Response refused = shop.place(JIYOUNG, line(VANILLA_LATTE, 1));
            assertThat(refused.status()).as("%s", refused).isEqualTo(503);
            assertThat(refused.isProblem()).as("%s", refused).isTrue();
            assertThat(refused.json().path("type").asText()).isEqualTo("/problems/service-unavailable");
            assertThat(refused.json().path("service").asText()).isEqualTo("customer-service");
            assertThat(refused.took()).as("%s", refused).isLessThan(QUICK);
            System.out.println("[e2e] customer-service down: " + refused.status() + " in "
                    + refused.took().toMillis() + " ms");
            assertThat(shop.stock(VANILLA_LATTE)).isEqualTo(lattesBefore);
            assertThat(shop.orderNumbersOf(JIYOUNG)).isEqualTo(ordersBefore);

            Http.Response cancelled = shop.cancel(earlier, "고객센터 점검 중 취소");
            assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
            assertThat(cancelled.took()).as("%s", cancelled).isLessThan(QUICK);
            await().until(() -> shop.stock(CHOCO_CAKE) == cakesBefore + 1);
            // the OrderCancelled event is on the topic, waiting for its consumer
            await().until(() -> topics.readAll(KafkaTopics.ORDERS).stream()
                    .anyMatch(e -> earlier.equals(e.key()) && "OrderCancelled".equals(e.type())));
        } finally {
            platform.start(E2ePlatform.CUSTOMERS);
        }

        await().until(() -> shop.ledgerFor(JIYOUNG, earlier).size() == 2);
        assertThat(shop.ledgerFor(JIYOUNG, earlier).get(0).path("delta").asLong()).isEqualTo(-65);
        assertThat(shop.balance(JIYOUNG)).isEqualTo(pointsBefore.path("balance").asLong() - 65);
        assertThat(shop.placeOk(JIYOUNG, line(VANILLA_LATTE, 1)).path("customerId").asLong()).isEqualTo(JIYOUNG);
    }
}
