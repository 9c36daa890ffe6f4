package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.JIYOUNG;
import static dev.commerce.platform.support.Shop.JUNHO;
import static dev.commerce.platform.support.Shop.MINSU;
import static dev.commerce.platform.support.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.E2ePlatform;
import dev.commerce.platform.support.Http;
import dev.commerce.platform.support.KafkaTopics;
import dev.commerce.platform.support.PlatformExtension;
import dev.commerce.platform.support.Shop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** More customers than units of a limited item order it at the same moment through the real services. */
@Order(40)
@ExtendWith(PlatformExtension.class)
class ConcurrentOrdersIT {

    private static final int STOCK = 5;
    private static final int BUYERS = 16;
    private static final int POINTS = 190;

    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        shop = new Shop(E2ePlatform.get());
        topics = new KafkaTopics(E2ePlatform.get().kafkaBootstrapServers());
    }

    @Test
    void theLastUnitsGoToExactlyAsManyOrdersAsThereAreUnits() throws Exception {
        Http.Response created = shop.items().post("/api/items", Map.of("sku", "LIM-001", "name", "한정판 드립백",
                "category", "beans", "price", 19000, "stock", STOCK, "points", POINTS));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long itemId = created.json().path("id").asLong();
        long[] customers = {MINSU, JIYOUNG, JUNHO};
        Map<Long, Long> balancesBefore = Map.of(MINSU, shop.balance(MINSU), JIYOUNG, shop.balance(JIYOUNG),
                JUNHO, shop.balance(JUNHO));

        List<Http.Response> answers = placeAtOnce(itemId, customers);

        List<JsonNode> placed = answers.stream().filter(a -> a.status() == 201).map(Http.Response::json).toList();
        List<Http.Response> refused = answers.stream().filter(a -> a.status() != 201).toList();
        assertThat(placed).as("%s", answers).hasSize(STOCK);
        assertThat(refused).as("%s", answers).hasSize(BUYERS - STOCK).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(409);
            assertThat(answer.json().path("type").asText()).isEqualTo("/problems/insufficient-stock");
            assertThat(answer.json().path("sku").asText()).isEqualTo("LIM-001");
        });
        assertThat(placed).extracting(order -> order.path("orderNumber").asText()).doesNotHaveDuplicates();
        assertThat(shop.stock(itemId)).isZero();

        // StockDepleted once the last unit went; every successful order credited its customer exactly once
        await().until(() -> topics.readAll(KafkaTopics.ITEMS).stream().anyMatch(e ->
                "StockDepleted".equals(e.type()) && "LIM-001".equals(e.key())));
        for (long customer : customers) {
            List<String> theirs = placed.stream().filter(order -> order.path("customerId").asLong() == customer)
                    .map(order -> order.path("orderNumber").asText()).toList();
            await().untilAsserted(() -> {
                for (String number : theirs) {
                    assertThat(shop.ledgerFor(customer, number)).hasSize(1);
                }
            });
            assertThat(shop.balance(customer)).isEqualTo(balancesBefore.get(customer) + (long) theirs.size() * POINTS);
        }
    }

    private static List<Http.Response> placeAtOnce(long itemId, long[] customers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                long customer = customers[i % customers.length];
                futures.add(pool.submit(() -> {
                    start.await();
                    return shop.place(customer, line(itemId, 1));
                }));
            }
            start.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
