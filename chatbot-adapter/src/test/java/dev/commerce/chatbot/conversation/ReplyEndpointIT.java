package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.chatbot.AdapterIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The process's side of the seam: POST /internal/chatbot/replies/{conversationId}. */
class ReplyEndpointIT extends AdapterIntegrationTest {

    private static final String PATH = "/internal/chatbot/replies/";

    @Test
    void withoutTheInternalTokenTheReplyIsRefused() {
        HttpResponse<String> missing = postJson(PATH + UUID.randomUUID(), "{\"text\":\"x\"}", null, null);
        HttpResponse<String> wrong = postJson(PATH + UUID.randomUUID(), "{\"text\":\"x\"}", "X-Internal-Token", "nope");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(read(wrong.body()).path("type").asText()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void anUnknownConversationIs404() {
        HttpResponse<String> response = reply(UUID.randomUUID().toString(), "{\"text\":\"안녕하세요\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read(response.body()).path("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void aReplyWithNothingToSayIsAValidationError() {
        HttpResponse<String> response = reply(UUID.randomUUID().toString(), "{\"text\":\" \",\"quickReplies\":[\"포인트\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = read(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/validation-failed");
        assertThat(problem.path("errors").toString()).contains("a reply needs a text, a card or a list");
    }

    @Test
    void badFieldsAreRejectedAndChangeNothing() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("적립금 얼마 있어요?", "kakao-minsu", null), SECRET);
        String conversationId = awaitEngineMessage("적립금 얼마 있어요?").path("businessKey").asText();

        HttpResponse<String> unknownField = reply(conversationId, "{\"text\":\"x\",\"colour\":\"red\"}");
        HttpResponse<String> badAwaiting = reply(conversationId, "{\"text\":\"x\",\"awaiting\":\"address\"}");
        HttpResponse<String> badButton = reply(conversationId,
                "{\"card\":{\"title\":\"t\",\"buttons\":[{\"label\":\"call\",\"action\":\"phone\"}]}}");
        HttpResponse<String> notJson = reply(conversationId, "text=hello");

        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(read(unknownField.body()).path("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(read(unknownField.body()).path("detail").asText()).contains("colour");
        assertThat(badAwaiting.statusCode()).isEqualTo(400);
        assertThat(read(badAwaiting.body()).path("errors").toString()).contains("awaiting");
        assertThat(badButton.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);

        assertThat(reply(conversationId, "{\"text\":\"12,000점이에요\"}").statusCode()).as("still open").isEqualTo(202);
        assertThat(read(pending.get().body()).at("/template/outputs/0/simpleText/text").asText()).isEqualTo("12,000점이에요");
    }

    @Test
    void aListReplyIsRenderedAsAListCard() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("내 주문 내역 보여줘", "kakao-minsu", null), SECRET);
        String conversationId = awaitEngineMessage("내 주문 내역 보여줘").path("businessKey").asText();

        reply(conversationId, """
                {"text":"최근 주문이에요.",
                 "list":{"header":"최근 주문","items":[
                    {"title":"ORD-20261120-0001","description":"아메리카노 외 1건 · 배송 중"},
                    {"title":"ORD-20261118-0004","description":"텀블러 · 배송 완료"}],
                  "buttons":[{"label":"배송 조회","action":"message","messageText":"배송 조회"}]},
                 "quickReplies":["재고 조회","배송 조회","이벤트","포인트"]}""");

        JsonNode list = read(pending.get().body()).at("/template/outputs/1/listCard");
        assertThat(list.at("/header/title").asText()).isEqualTo("최근 주문");
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.at("/items/0/title").asText()).isEqualTo("ORD-20261120-0001");
        assertThat(list.at("/buttons/0/messageText").asText()).isEqualTo("배송 조회");
    }
}
