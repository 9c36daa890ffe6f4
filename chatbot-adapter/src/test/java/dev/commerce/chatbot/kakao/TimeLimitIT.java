package dev.commerce.chatbot.kakao;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.commerce.chatbot.AdapterIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Kakao waits 5 seconds; the adapter answers within its 3.5 s limit whatever the engine does. The engine
 * is the WireMock stand-in; the process's reply is posted by the test at the moment each case needs, and a
 * second WireMock stands in for Kakao's callback endpoint.
 */
class TimeLimitIT extends AdapterIntegrationTest {

    /** Kakao's own timeout minus a margin: the webhook must always have answered by then. */
    private static final Duration KAKAO_PATIENCE = Duration.ofMillis(4_500);

    private static final String APOLOGY = "죄송해요, 지금은 요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.";
    private static final String RETRY_LATER = "답변을 준비하는 데 시간이 걸리고 있어요. 잠시 후 다시 물어봐 주세요.";
    private static final String WAITING = "확인하고 있어요. 잠시만 기다려 주세요!";
    private static final String CALLBACK_EXPIRED = "죄송해요, 답변을 제시간에 준비하지 못했어요. 잠시 후 다시 물어봐 주세요.";

    @Test
    void aReplyInTimeIsTheWebhookAnswer() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = sendSkill(
                payload("내 포인트 얼마야", "kakao-minsu", callbackUrl("in-time")), SECRET);
        JsonNode message = awaitEngineMessage("내 포인트 얼마야");
        assertThat(reply(message.path("businessKey").asText(), "{\"text\":\"민수님의 포인트는 12,000점이에요.\"}")
                .body()).contains("IN_TIME");

        HttpResponse<String> response = pending.get();

        assertThat(elapsed(started)).isLessThan(KAKAO_PATIENCE);
        JsonNode body = read(response.body());
        assertThat(body.has("useCallback")).isFalse();
        assertThat(body.at("/template/outputs/0/simpleText/text").asText()).isEqualTo("민수님의 포인트는 12,000점이에요.");
        assertThat(callbacksReceived("in-time")).as("nothing goes to the callback when the webhook answered").isEmpty();
    }

    @Test
    void aLateReplyWithACallbackUrlIsPostedToTheCallbackExactlyOnce() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = sendSkill(
                payload("주문 배송 어디쯤이야", "kakao-minsu", callbackUrl("late")), SECRET);
        JsonNode message = awaitEngineMessage("주문 배송 어디쯤이야");
        String conversationId = message.path("businessKey").asText();

        HttpResponse<String> response = pending.get();
        assertThat(elapsed(started)).isLessThan(KAKAO_PATIENCE);
        JsonNode body = read(response.body());
        assertThat(body.path("version").asText()).isEqualTo("2.0");
        assertThat(body.path("useCallback").asBoolean()).isTrue();
        assertThat(body.at("/data/text").asText()).isEqualTo(WAITING);
        assertThat(body.has("template")).isFalse();

        HttpResponse<String> accepted = reply(conversationId, """
                {"text":"ORD-20261120-0001 주문은 배송 중이에요.","quickReplies":["배송 조회","포인트"]}""");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(read(accepted.body()).path("delivery").asText()).isEqualTo("CALLBACK");

        await().atMost(Duration.ofSeconds(5)).until(() -> callbacksReceived("late").size() == 1);
        JsonNode callback = callbacksReceived("late").get(0);
        assertThat(callback.path("version").asText()).isEqualTo("2.0");
        assertThat(callback.at("/template/outputs/0/simpleText/text").asText()).isEqualTo("ORD-20261120-0001 주문은 배송 중이에요.");
        assertThat(callback.at("/template/quickReplies")).hasSize(2);

        assertThat(reply(conversationId, "{\"text\":\"한 번 더\"}").statusCode()).as("a second reply").isEqualTo(409);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> callbacksReceived("late").size() == 1);
    }

    @Test
    void aLateReplyWithoutACallbackGetsAPoliteTryAgainInTime() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("쿠폰 있어요?", "kakao-minsu", null), SECRET);
        String conversationId = awaitEngineMessage("쿠폰 있어요?").path("businessKey").asText();

        HttpResponse<String> response = pending.get();

        assertThat(elapsed(started)).isLessThan(KAKAO_PATIENCE);
        JsonNode body = read(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.has("useCallback")).isFalse();
        assertThat(body.at("/template/outputs/0/simpleText/text").asText()).isEqualTo(RETRY_LATER);
        assertThat(body.at("/template/quickReplies/0/label").asText()).isEqualTo("재고 조회");
        assertThat(reply(conversationId, "{\"text\":\"늦은 답\"}").statusCode()).as("nobody can receive it now").isEqualTo(404);
    }

    @Test
    void whenTheEngineIsUnreachableTheUserGetsAnApologyAtOnce() throws Exception {
        DOWNSTREAM.stubFor(post(urlPathEqualTo("/engine-rest/message"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        long started = System.nanoTime();

        HttpResponse<String> response = sendSkill(payload("아메리카노 재고 있어요?", "kakao-minsu", callbackUrl("down")), SECRET).get();

        assertThat(elapsed(started)).as("not the time limit path").isLessThan(Duration.ofMillis(3_000));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response.body());
        assertThat(body.has("useCallback")).isFalse();
        assertThat(body.at("/template/outputs/0/simpleText/text").asText()).isEqualTo(APOLOGY);
        assertThat(callbacksReceived("down")).isEmpty();
    }

    @Test
    void whenTheEngineAnswersWithAnErrorTheUserGetsAnApology() throws Exception {
        DOWNSTREAM.stubFor(post(urlPathEqualTo("/engine-rest/message")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"ProcessEngineException\",\"message\":\"boom\"}")));

        HttpResponse<String> response = sendSkill(payload("포인트 조회", "kakao-minsu", null), SECRET).get();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response.body()).at("/template/outputs/0/simpleText/text").asText()).isEqualTo(APOLOGY);
    }

    @Test
    void whenNoReplyComesTheCallbackCarriesAnApologyBeforeItExpires() throws Exception {
        long started = System.nanoTime();

        HttpResponse<String> response = sendSkill(payload("배송 조회", "kakao-minsu", callbackUrl("expiring")), SECRET).get();
        assertThat(elapsed(started)).isLessThan(KAKAO_PATIENCE);
        String conversationId = awaitEngineMessage("배송 조회").path("businessKey").asText();

        assertThat(read(response.body()).path("useCallback").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> callbacksReceived("expiring").size() == 1);
        assertThat(elapsed(started)).as("before the 8 s test callback life ends").isLessThan(Duration.ofSeconds(8));
        assertThat(callbacksReceived("expiring").get(0).at("/template/outputs/0/simpleText/text").asText())
                .isEqualTo(CALLBACK_EXPIRED);
        assertThat(reply(conversationId, "{\"text\":\"너무 늦은 답\"}").statusCode()).isEqualTo(404);
        assertThat(callbacksReceived("expiring")).hasSize(1);
    }

    @Test
    void anUnusableCallbackUrlIsTreatedAsNoCallback() throws Exception {
        HttpResponse<String> response = sendSkill(payload("이벤트", "kakao-minsu", "ftp://example.com/x"), SECRET).get();

        JsonNode body = read(response.body());
        assertThat(body.has("useCallback")).isFalse();
        assertThat(body.at("/template/outputs/0/simpleText/text").asText()).isEqualTo(RETRY_LATER);
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
