package dev.commerce.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's tour with two instances of every service (separate JVMs on MariaDB and Redis), talking to the
 * instances in turn: what one instance writes, the other reads; whichever instance a request reaches answers alike.
 */
@Tag("cluster")
@ExtendWith(ClusterExtension.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ClusterTourIT {

    private static ClusterShop shop;
    private static String minsusOrder;

    @BeforeAll
    static void connect(ClusterPlatform cluster) {
        shop = new ClusterShop(cluster, new Tokens(cluster.keycloak()));
    }

    @Test
    @Order(1)
    void anOrderPlacedThroughOneGatewayIsReadCreditedAndTrackedThroughTheOther() {
        long before = shop.points(1).path("balance").asLong();

        Http.Response placed = shop.gateway(0, "minsu").post("/api/orders",
                Map.of("lines", List.of(Map.of("itemId", 1, "quantity", 2))));
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        minsusOrder = placed.json().path("orderNumber").asText();

        Http.Response read = shop.gateway(1, "minsu").get("/api/orders/" + minsusOrder);
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.json().path("customerId").asLong()).isEqualTo(1);
        await().untilAsserted(() -> assertThat(shop.gateway(1, "minsu").get("/api/customers/me/points").json()
                .path("balance").asLong()).isEqualTo(before + 90));
        await().untilAsserted(() -> assertThat(shop.gateway(0, "minsu").get("/api/orders/" + minsusOrder + "/tracking")
                .json().path("state").asText()).isEqualTo("ACTIVE"));

        Http.Response packed = shop.gateway(1, "operator").post("/api/orders/" + minsusOrder + "/delivery-events",
                Map.of("status", "PACKED"));
        assertThat(packed.status()).as("%s", packed).isEqualTo(200);
        await().untilAsserted(() -> assertThat(shop.gateway(0, "minsu").get("/api/orders/" + minsusOrder + "/tracking")
                .body()).contains("PACKED"));
        assertThat(shop.trackedOrders()).as("one delivery tracking, whichever engine node took the event")
                .containsOnlyOnce(minsusOrder);
    }

    @Test
    @Order(2)
    void aStockLookupThroughTheProcessAnswersAlikeThroughEitherGateway() {
        int stock = shop.stock(1);
        for (int round = 0; round < 4; round++) {
            Http.Response lookup = shop.gateway(round % 2, "junho").post("/api/processes/stock-lookup",
                    Map.of("itemName", "아메리카노"));
            assertThat(lookup.status()).as("%s", lookup).isEqualTo(200);
            assertThat(lookup.json().path("status").asText()).isEqualTo("AVAILABLE");
            assertThat(lookup.json().path("item").path("stock").asInt()).isEqualTo(stock);
        }
    }

    @Test
    @Order(3)
    void kakaoPayloadsPostedToEitherAdapterOrEitherGatewayGetTheRealAnswers() {
        List<Http> entries = List.of(shop.service("chatbot-adapter"), shop.service("chatbot-adapter-2"),
                shop.gateway(0, null), shop.gateway(1, null));
        long balance = shop.points(1).path("balance").asLong();
        for (Http entry : entries) {
            assertThat(ClusterShop.replyText(ClusterShop.ask(entry, "아메리카노 재고 있어요?", "kakao-newuser")))
                    .contains("아메리카노", "재고가 " + shop.stock(1) + "개");
            assertThat(ClusterShop.replyText(ClusterShop.ask(entry, "내 포인트 얼마야", "kakao-minsu")))
                    .contains("김민수님", String.format(Locale.ROOT, "%,dP", balance));
            assertThat(ClusterShop.replyText(ClusterShop.ask(entry, "주문 배송 어디쯤이야", "kakao-minsu")))
                    .contains(minsusOrder);
        }
    }

    @Test
    @Order(4)
    void aConversationStartedOnOneAdapterContinuesOnTheOther() {
        String user = "kakao-tour-" + UUID.randomUUID();
        String question = ClusterShop.replyText(ClusterShop.ask(shop.service("chatbot-adapter"), "배송 조회", user));
        assertThat(question).contains("주문번호");

        String answer = ClusterShop.replyText(ClusterShop.ask(shop.service("chatbot-adapter-2"), minsusOrder, user));
        assertThat(answer).contains("주문 " + minsusOrder).contains("포장");
    }

    @Test
    @Order(5)
    void aBurstAcrossBothGatewaysIsLimitedAtTheConfiguredRateNotAtTwiceIt() throws Exception {
        String token = shop.token("junho");
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Http gateway = shop.gateway(i % 2, null).withToken(token);
            calls.add(pool.submit(() -> statuses.merge(gateway.get("/api/items/1").status(), 1, Integer::sum)));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        int allowed = statuses.getOrDefault(200, 0);
        // one shared token bucket: burst 40, then 20 per second; per-gateway buckets would allow twice that
        assertThat(statuses.getOrDefault(429, 0)).as("%s in %.1f s", statuses, seconds).isPositive();
        assertThat(allowed).as("%s in %.1f s", statuses, seconds).isLessThanOrEqualTo((int) (40 + 20 * seconds) + 3);
        assertThat(statuses.keySet()).containsOnly(200, 429);
    }

    @Test
    @Order(6)
    void orderNumbersStayUniqueAndStockIsNeverOversoldWhenOrdersForOneItemReachBothOrderServices() throws Exception {
        long item = shop.newItem("클러스터 한정 원두", 5, 10);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Http orders = shop.service(i % 2 == 0 ? "order-service" : "order-service-2");
            long customer = 1 + i % 3;
            answers.add(pool.submit(() -> orders.post("/api/orders", Map.of("customerId", customer,
                    "lines", List.of(Map.of("itemId", item, "quantity", 1))))));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            Http.Response response = answer.get();
            assertThat(response.status()).as("%s", response).isIn(201, 409, 503);
            if (response.status() == 201) {
                numbers.add(response.json().path("orderNumber").asText());
            }
        }
        pool.shutdown();

        assertThat(numbers).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
        await().untilAsserted(() -> assertThat(shop.stock(item)).isEqualTo(5 - numbers.size()));
    }

    @Test
    @Order(7)
    void aRetriedOrderWithTheSameIdempotencyKeyGetsTheFirstOrderBackThroughEitherGateway() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("lines", List.of(Map.of("itemId", 8, "quantity", 1)));
        Http.Response first = shop.gateway(0, "jiyoung").withHeader("Idempotency-Key", key).post("/api/orders", body);
        Http.Response retry = shop.gateway(1, "jiyoung").withHeader("Idempotency-Key", key).post("/api/orders", body);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isIn(200, 201);
        String number = first.json().path("orderNumber").asText();
        assertThat(retry.json().path("orderNumber").asText()).isEqualTo(number);
        JsonNode mine = shop.gateway(1, "jiyoung").get("/api/orders?limit=100").json();
        List<String> numbers = new ArrayList<>();
        mine.forEach(order -> numbers.add(order.path("orderNumber").asText()));
        assertThat(numbers).containsOnlyOnce(number);
    }

    @Test
    @Order(8)
    void aCockpitLoginOnOneEngineNodeIsValidOnTheOther() {
        Map<String, String> cookies = new LinkedHashMap<>();
        Http.Response page = browser(shop.service("process-engine"), cookies).get("/camunda/app/cockpit/default/");
        String csrf = page.header("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("no CSRF token: " + page));
        remember(cookies, page);

        Http.Response login = browser(shop.service("process-engine"), cookies).withHeader("X-XSRF-TOKEN", csrf)
                .postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                        Map.of("username", "demo", "password", "demo"));
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        remember(cookies, login);

        Http.Response other = browser(shop.service("process-engine-2"), cookies).get("/camunda/api/admin/auth/user/default");
        assertThat(other.status()).as("the session lives in Redis, not in node 1: %s", other).isEqualTo(200);
        assertThat(other.json().path("userId").asText()).isEqualTo("demo");
    }

    private static Http browser(Http node, Map<String, String> cookies) {
        return cookies.isEmpty() ? node : node.withHeader("Cookie", cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }

    private static void remember(Map<String, String> cookies, Http.Response response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1));
        }
    }
}
