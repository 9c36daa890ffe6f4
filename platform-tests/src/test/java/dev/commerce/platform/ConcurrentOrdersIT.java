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
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * More customers than units of a limited item order it at the same moment through the real services. Runs last:
 * on a busy machine item-service may answer some of these reservations after order-service's 1.5 s read timeout,
 * and the 503s that follow can open order-service's circuit to item-service for 10 s (platform-wide).
 */
@Order(90)
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
    void theLastUnitsAreNeverOversoldNorLost() throws Exception {
        Http.Response created = shop.items().post("/api/items", Map.of("sku", "LIM-001", "name", "한정판 드립백",
                "category", "beans", "price", 19000, "stock", STOCK, "points", POINTS));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long itemId = created.json().path("id").asLong();
        long[] customers = {MINSU, JIYOUNG, JUNHO};
        Map<Long, Long> balancesBefore = Map.of(MINSU, shop.balance(MINSU), JIYOUNG, shop.balance(JIYOUNG),
                JUNHO, shop.balance(JUNHO));

        List<Http.Response> answers = placeAtOnce(itemId, customers);

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Http.Response::status, TreeMap::new, Collectors.counting()));
        System.out.println("[e2e] " + BUYERS + " simultaneous orders for " + STOCK + " units: " + statuses
                + " (answer times " + answers.stream().map(a -> a.took().toMillis()).sorted().toList() + " ms)");
        List<JsonNode> placed = answers.stream().filter(a -> a.status() == 201).map(Http.Response::json).toList();
        assertThat(answers).as("every answer is an order, a short line or (item-service too slow) a 503")
                .allSatisfy(answer -> {
                    assertThat(answer.status()).as("%s", answer).isIn(201, 409, 503);
                    if (answer.status() != 201) {
                        assertThat(answer.isProblem()).as("%s", answer).isTrue();
                        assertThat(answer.json().path("type").asText()).as("%s", answer)
                                .isEqualTo(answer.status() == 409 ? "/problems/insufficient-stock"
                                        : "/problems/service-unavailable");
                    }
                });
        assertThat(placed).as("never oversold").hasSizeLessThanOrEqualTo(STOCK);
        if (!statuses.containsKey(503)) {
            assertThat(placed).as("all units sold when every reservation was answered in time").hasSize(STOCK);
        }
        assertThat(placed).extracting(order -> order.path("orderNumber").asText()).doesNotHaveDuplicates();

        // no unit lost: what a 503 attempt may have reserved late is released again
        await().untilAsserted(() -> {
            assertThat(Shop.metric(shop.orders(), "orders_releases_pending")).isZero();
            assertThat(shop.stock(itemId)).isEqualTo(STOCK - placed.size());
        });
        if (placed.size() == STOCK) {
            await().until(() -> topics.readAll(KafkaTopics.ITEMS).stream().anyMatch(e ->
                    "StockDepleted".equals(e.type()) && "LIM-001".equals(e.key())));
        }
        // every order placed credited its customer exactly once
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
