package dev.commerce.chatbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.chatbot.DemoData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * KakaoTalk to the answer through real parts only: Open Builder skill payloads posted to this adapter's webhook,
 * the real NLU, the real Camunda engine running the chatbot model (process-engine jar), the real item-, customer-
 * and order-service jars and a real Kafka broker, and the Kakao JSON the user would see. One platform for the
 * class; the test that stops item-service runs last.
 */
@Tag("end-to-end")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatbotEndToEndIT {

    /** Kakao waits 5 s; the adapter's own limit is 3.5 s. */
    private static final Duration KAKAO_PATIENCE = Duration.ofMillis(4_800);
    private static final List<String> MAIN_MENU = List.of("재고 조회", "배송 조회", "이벤트", "포인트");

    private static ChatbotPlatform platform;
    private static KakaoCallbackReceiver kakao;
    private static String minsuOrder;

    @BeforeAll
    static void startPlatform() throws IOException {
        List<String> missing = ChatbotPlatform.missingJars();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(missing.isEmpty(), "service jars not built: " + missing
                    + " (./mvnw -pl chatbot-adapter -am verify builds them first)");
        }
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(300));
        kakao = new KakaoCallbackReceiver();
        platform = ChatbotPlatform.start();
        warmUp();
    }

    /**
     * Freshly started JVMs (C1 only, a busy 2-core machine) answer their first requests slowly; the tests are about
     * behaviour, not cold starts. One message per kind of path, whatever the answer, and wait until they are done.
     */
    private static void warmUp() {
        int before = platform.engineRest("/history/process-instance/count?processDefinitionKey=chatbot").path("count")
                .asInt();
        List<String[]> messages = List.of(new String[] {"아메리카노 재고 있어요?", "kakao-e2e-warmup"},
                new String[] {"콜드브루 있어요?", "kakao-e2e-warmup"}, new String[] {"내 포인트 얼마야", "kakao-minsu"},
                new String[] {"주문 배송 어디쯤이야", "kakao-minsu"}, new String[] {"이벤트 뭐 있어?", "kakao-jiyoung"},
                new String[] {"안녕하세요", "kakao-e2e-warmup"});
        for (String[] message : messages) {
            platform.skill(payload(message[0], message[1], null));
        }
        await().until(() -> platform.engineRest("/history/process-instance/count?processDefinitionKey=chatbot"
                + "&finished=true").path("count").asInt() >= before + messages.size());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (kakao != null) {
            kakao.close();
        }
    }

    @Test
    @Order(1)
    void stockOfAnItemComesFromItemServiceThroughTheStockLookupProcess() {
        long stock = platform.get("item-service", "/api/items/1").path("stock").asLong();

        JsonNode answer = ask("아메리카노 재고 있어요?", "kakao-e2e-guest");

        assertThat(answer.path("version").asText()).isEqualTo("2.0");
        assertThat(text(answer)).isEqualTo("아메리카노는 지금 주문할 수 있어요. 재고가 " + count(stock) + "개 있어요.");
        JsonNode card = output(answer, "textCard");
        assertThat(card.path("title").asText()).isEqualTo("아메리카노");
        assertThat(card.path("description").asText()).isEqualTo("4,500원 · 재고 " + count(stock) + "개 · 적립 45P");
        assertThat(quickReplies(answer)).isEqualTo(MAIN_MENU);

        JsonNode instance = latestChatbotInstance();
        assertThat(instance.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(variable(instance, "intent")).isEqualTo("stock.lookup");
        assertThat(variable(instance, "itemName")).isEqualTo("아메리카노");
        assertThat(variable(instance, "replyDelivery")).isEqualTo("IN_TIME");
    }

    @Test
    @Order(2)
    void aSoldOutItemComesWithAlternativesAsAListCard() {
        JsonNode answer = ask("콜드브루 두 잔 주문 가능해요?", "kakao-e2e-guest");

        assertThat(text(answer)).isEqualTo("콜드브루는 지금 품절이에요. 대신 이런 상품은 어떠세요?");
        JsonNode list = output(answer, "listCard");
        assertThat(list.at("/header/title").asText()).isEqualTo("대신 이런 상품은 어떠세요?");
        assertThat(titles(list)).contains("아메리카노", "카페라떼");
    }

    @Test
    @Order(3)
    void withoutAnItemTheBotAsksWhichOne() {
        assertThat(text(ask("재고 조회", "kakao-e2e-guest"))).startsWith("어떤 상품의 재고를 알려드릴까요?");
    }

    @Test
    @Order(4)
    void minsusPointsAreCustomerServicesFigures() {
        JsonNode account = platform.get("customer-service", "/api/customers/1/points");

        JsonNode answer = ask("내 포인트 얼마야", "kakao-minsu");

        assertThat(text(answer)).startsWith("김민수님의 사용할 수 있는 포인트는 " + count(account.path("balance").asLong())
                + "P예요.\n지금 " + account.path("grade").asText() + " 등급이고, 누적 적립 포인트는 "
                + count(account.path("lifetime").asLong()) + "P예요.");
    }

    @Test
    @Order(5)
    void anUnlinkedUserAskingForPointsIsToldHowToLink() {
        assertThat(text(ask("내 포인트 얼마야", "kakao-e2e-guest"))).startsWith("카카오 계정이 아직 회원 정보와 연결되지 않았어요.");
    }

    @Test
    @Order(10)
    void theDeliveryOfMinsusLatestOrderAfterOrderServiceDeliveryEvents() {
        minsuOrder = placeOrder(1, 8, 2);
        deliveryEvent(minsuOrder, "PACKED", null, null, null);
        deliveryEvent(minsuOrder, "SHIPPED", "CJ대한통운", "684512345678", "서울 강서 허브");
        deliveryEvent(minsuOrder, "IN_TRANSIT", "CJ대한통운", "684512345678", "옥천 HUB");

        JsonNode answer = ask("주문 배송 어디쯤이야", "kakao-minsu");

        assertThat(text(answer)).isEqualTo("주문 " + minsuOrder + topic(minsuOrder) + " 배송 중이에요. 지금 옥천 HUB에 있어요.");
        String description = output(answer, "textCard").path("description").asText();
        assertThat(description).contains("상태: 배송 중", "상품: 베이글 · 7,000원", "택배: CJ대한통운 684512345678", "(옥천 HUB)");
    }

    @Test
    @Order(11)
    void byOrderNumberAndAsAList() {
        JsonNode byNumber = ask(minsuOrder.toLowerCase(Locale.ROOT).replace("-", "") + " 배송 조회해줘", "kakao-minsu");
        JsonNode list = ask("최근 주문 내역 보여줘", "kakao-minsu");

        assertThat(text(byNumber)).startsWith("주문 " + minsuOrder);
        assertThat(output(list, "listCard").at("/header/title").asText()).isEqualTo("최근 주문");
        assertThat(titles(output(list, "listCard"))).first().isEqualTo(minsuOrder);
    }

    @Test
    @Order(12)
    void anUnknownOrderNumberIsExplained() {
        JsonNode answer = ask("ORD-20200101-9999 배송 조회", "kakao-minsu");

        assertThat(text(answer)).isEqualTo("주문번호 ORD-20200101-9999를 찾을 수 없어요. 번호를 확인하고 다시 보내 주세요.");
    }

    @Test
    @Order(13)
    void minsuCannotSeeJiyoungsOrder() {
        String jiyoungOrder = placeOrder(2, 6, 1);

        JsonNode answer = ask(jiyoungOrder + " 배송 어디쯤이에요?", "kakao-minsu");

        assertThat(text(answer)).startsWith("주문 " + jiyoungOrder + topic(jiyoungOrder)
                + " 고객님 계정의 주문이 아니어서 알려드릴 수 없어요.");
        assertThat(answer.toString()).doesNotContain("초코케이크");
    }

    @Test
    @Order(14)
    void anUnlinkedUserIsAskedForTheOrderNumberAndItsAnswerIsUnderstood() {
        JsonNode question = ask("주문 배송 어디쯤이야", "kakao-e2e-newcomer");
        JsonNode answer = ask(minsuOrder, "kakao-e2e-newcomer");

        assertThat(text(question)).startsWith("배송을 조회할 주문번호를 알려 주세요.");
        assertThat(text(answer)).isEqualTo("주문 " + minsuOrder + topic(minsuOrder) + " 배송 중이에요. 지금 옥천 HUB에 있어요.");
        assertThat(output(answer, "textCard").path("description").asText())
                .as("no items or tracking number for someone who only knows the number")
                .doesNotContain("베이글", "684512345678");
    }

    @Test
    @Order(20)
    void couponsFromARealPromotionRunAndTheRunningCampaign() {
        platform.post("process-engine", "/api/promotions", Map.of("campaign", "E2E-WINTER", "minGrade", "SILVER",
                "category", "coffee"), 202);
        await().until(() -> platform.get("customer-service", "/api/customers/1/coupons").toString().contains("E2E-WINTER"));

        JsonNode minsu = ask("이벤트 뭐 있어?", "kakao-minsu");
        JsonNode guest = ask("요즘 할인 이벤트 있나요?", "kakao-e2e-guest");

        assertThat(text(minsu)).startsWith("김민수님이 지금 쓸 수 있는 쿠폰이").contains("진행 중인 이벤트: E2E-WINTER.");
        assertThat(output(minsu, "listCard").toString()).contains("E2E-WINTER", "할인 쿠폰");
        assertThat(text(guest)).startsWith("진행 중인 이벤트: E2E-WINTER. 지금 주문할 수 있는 이벤트 상품: 아메리카노")
                .endsWith("카카오 계정을 회원 정보와 연결하면 받은 쿠폰도 여기서 확인할 수 있어요.");
    }

    @Test
    @Order(30)
    void greetingHelpAndFallback() {
        assertThat(text(ask("안녕하세요", "kakao-minsu"))).startsWith("안녕하세요, 김민수님! 12번가 챗봇이에요.");
        assertThat(text(ask("도움말", "kakao-e2e-guest"))).startsWith("이렇게 물어보세요.");
        assertThat(text(ask("오늘 서울 날씨 어때?", "kakao-e2e-guest"))).startsWith("죄송해요, 무슨 말씀인지 잘 모르겠어요.");
    }

    @Test
    @Order(40)
    void aFrozenItemServiceDrivesTheCallbackPathAndTheRealAnswerArrivesThere() throws Exception {
        long stock = platform.get("item-service", "/api/items/1").path("stock").asLong();
        long pid = platform.pid("item-service");
        signal("STOP", pid);
        HttpResponse<String> response;
        try {
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> pending = CompletableFuture.supplyAsync(() ->
                    platform.skill(payload("아메리카노 재고 있어요?", "kakao-e2e-guest", kakao.url("frozen"))));
            response = pending.get();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KAKAO_PATIENCE);
        } finally {
            signal("CONT", pid);
        }
        JsonNode waiting = platform.read(response, 200);
        assertThat(waiting.path("useCallback").asBoolean()).isTrue();
        assertThat(waiting.at("/data/text").asText()).isEqualTo("확인하고 있어요. 잠시만 기다려 주세요!");

        await().until(() -> !kakao.received("frozen").isEmpty());
        JsonNode callback = platform.json.readTree(kakao.received("frozen").get(0).body());
        assertThat(text(callback)).isEqualTo("아메리카노는 지금 주문할 수 있어요. 재고가 " + count(stock) + "개 있어요.");
        assertThat(variable(latestChatbotInstance(), "replyDelivery")).isEqualTo("CALLBACK");
        assertThat(kakao.received("frozen")).as("a callback URL is used once").hasSize(1);
    }

    @Test
    @Order(50)
    void itemServiceDownIsAnExplanationInTimeNotSilence() {
        platform.stop("item-service");

        long started = System.nanoTime();
        JsonNode answer = ask("아메리카노 재고 있어요?", "kakao-e2e-guest");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KAKAO_PATIENCE);
        assertThat(text(answer)).isEqualTo("죄송해요, 지금 재고 정보를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.");
        JsonNode instance = latestChatbotInstance();
        assertThat(instance.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(variable(instance, "chatbotErrorMessage")).contains("item-service");
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode ask(String utterance, String botUserKey) {
        HttpResponse<String> response = platform.skill(payload(utterance, botUserKey, null));
        JsonNode answer = platform.read(response, 200);
        assertThat(answer.has("useCallback")).as("answered in time: %s", answer).isFalse();
        return answer;
    }

    private static String payload(String utterance, String botUserKey, String callbackUrl) {
        try {
            ObjectNode payload = (ObjectNode) platform.json.readTree(DemoData.SKILL_PAYLOAD_TEMPLATE);
            ObjectNode userRequest = (ObjectNode) payload.get("userRequest");
            userRequest.put("utterance", utterance);
            ((ObjectNode) userRequest.get("user")).put("id", botUserKey);
            ((ObjectNode) userRequest.at("/user/properties")).put("botUserKey", botUserKey);
            if (callbackUrl != null) {
                userRequest.put("callbackUrl", callbackUrl);
            }
            return platform.json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode answer) {
        return output(answer, "simpleText").path("text").asText();
    }

    private static JsonNode output(JsonNode answer, String type) {
        for (JsonNode output : answer.at("/template/outputs")) {
            if (output.has(type)) {
                return output.get(type);
            }
        }
        throw new AssertionError("no " + type + " in " + answer);
    }

    private static List<String> quickReplies(JsonNode answer) {
        List<String> labels = new ArrayList<>();
        answer.at("/template/quickReplies").forEach(q -> labels.add(q.path("label").asText()));
        return labels;
    }

    private static List<String> titles(JsonNode listCard) {
        List<String> titles = new ArrayList<>();
        listCard.path("items").forEach(item -> titles.add(item.path("title").asText()));
        return titles;
    }

    /** The newest chatbot instance in the engine's history, as Cockpit lists it; waits for its commit. */
    private static JsonNode latestChatbotInstance() {
        return await().until(() -> platform.engineRest("/history/process-instance?processDefinitionKey=chatbot"
                + "&sortBy=startTime&sortOrder=desc&maxResults=1").path(0), node -> !node.isMissingNode()
                && !"ACTIVE".equals(node.path("state").asText()));
    }

    private static String variable(JsonNode instance, String name) {
        JsonNode variables = platform.engineRest("/history/variable-instance?processInstanceId="
                + instance.path("id").asText() + "&variableName=" + name);
        assertThat(variables).as("variable %s", name).hasSize(1);
        return variables.get(0).path("value").asText();
    }

    private static String placeOrder(long customerId, long itemId, int quantity) {
        return await().until(() -> {
            HttpResponse<String> response = platform.send(HttpRequest.newBuilder(
                            URI.create(platform.url("order-service") + "/api/orders"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":" + customerId
                            + ",\"lines\":[{\"itemId\":" + itemId + ",\"quantity\":" + quantity + "}]}")).build());
            // a cold order-service may refuse the first placement with 503 (its downstream timeouts are short)
            return response.statusCode() == 201 ? platform.json.readTree(response.body()).path("orderNumber").asText()
                    : null;
        }, number -> number != null);
    }

    private static void deliveryEvent(String orderNumber, String status, String carrier, String tracking,
                                      String location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("carrier", carrier);
        body.put("trackingNumber", tracking);
        body.put("location", location);
        platform.post("order-service", "/api/orders/" + orderNumber + "/delivery-events", body, 200);
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(value);
    }

    /** 은/는 after an order number: its last digit read in Sino-Korean. */
    private static String topic(String orderNumber) {
        return "013678".indexOf(orderNumber.charAt(orderNumber.length() - 1)) >= 0 ? "은" : "는";
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
    }
}
