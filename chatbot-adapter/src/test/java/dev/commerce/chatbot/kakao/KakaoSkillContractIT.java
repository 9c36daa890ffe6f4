package dev.commerce.chatbot.kakao;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.chatbot.AdapterIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The webhook as Open Builder uses it: realistic payloads in, Kakao skill JSON out, and the engine seam. */
class KakaoSkillContractIT extends AdapterIntegrationTest {

    private static final String STOCK_REPLY = """
            {"text":"아메리카노는 지금 120개 있어요.",
             "card":{"title":"아메리카노","description":"4,500원 · 재고 120개","imageUrl":"https://img.example.com/amr.png",
                     "buttons":[{"label":"다른 상품 보기","action":"message","messageText":"재고 조회"}]},
             "list":null,
             "quickReplies":["재고 조회","배송 조회","이벤트","포인트"],
             "awaiting":null}
            """;

    @Test
    void aLinkedCustomersQuestionReachesTheEngineAndTheProcessReplyComesBackAsKakaoJson() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("아메리카노 재고 있어요?", "kakao-minsu", null), SECRET);

        JsonNode message = awaitEngineMessage("아메리카노 재고 있어요?");
        String conversationId = message.path("businessKey").asText();
        assertThat(reply(conversationId, STOCK_REPLY).statusCode()).isEqualTo(202);
        HttpResponse<String> response = pending.get();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response.body());
        assertThat(body.path("version").asText()).isEqualTo("2.0");
        assertThat(body.at("/template/outputs/0/simpleText/text").asText()).isEqualTo("아메리카노는 지금 120개 있어요.");
        assertThat(body.at("/template/outputs/1/basicCard/title").asText()).isEqualTo("아메리카노");
        assertThat(body.at("/template/outputs/1/basicCard/thumbnail/imageUrl").asText()).isEqualTo("https://img.example.com/amr.png");
        assertThat(body.at("/template/quickReplies")).hasSize(4);

        assertThat(message.path("messageName").asText()).isEqualTo("ChatbotMessageReceived");
        assertThat(conversationId).as("<instance token>.<uuid>").matches("[a-z0-9]{10}\\.[0-9a-f-]{36}");
        assertThat(UUID.fromString(conversationId.substring(11))).isNotNull();
        JsonNode variables = message.path("processVariables");
        assertThat(variables.at("/conversationId/value").asText()).isEqualTo(conversationId);
        assertThat(variables.at("/intent/value").asText()).isEqualTo("stock.lookup");
        assertThat(variables.at("/confidence/type").asText()).isEqualTo("Double");
        assertThat(variables.at("/confidence/value").asDouble()).isGreaterThan(0.9);
        assertThat(variables.at("/botUserKey/value").asText()).isEqualTo("kakao-minsu");
        assertThat(variables.at("/customerId/type").asText()).isEqualTo("Long");
        assertThat(variables.at("/customerId/value").asLong()).isEqualTo(1L);
        assertThat(variables.at("/customerStatus/value").asText()).isEqualTo("LINKED");
        assertThat(variables.at("/itemName/value").asText()).isEqualTo("아메리카노");
        assertThat(variables.at("/quantity/type").asText()).isEqualTo("Integer");
        assertThat(variables.at("/quantity/value").isNull()).isTrue();
        assertThat(variables.at("/orderNumber/value").isNull()).isTrue();
        assertThat(variables.at("/entities/type").asText()).isEqualTo("String");
        JsonNode entities = read(variables.at("/entities/value").asText());
        assertThat(entities.get(0).path("entity").asText()).isEqualTo("item");
        assertThat(entities.get(0).path("value").asText()).isEqualTo("아메리카노");
        assertThat(entities.get(0).path("start").asInt()).isZero();
        assertThat(entities.get(0).path("end").asInt()).isEqualTo(5);

        String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        DOWNSTREAM.verify(postRequestedFor(urlPathEqualTo("/engine-rest/message"))
                .withHeader("Authorization", equalTo("Basic " + basic)));
    }

    @Test
    void anUnlinkedUserIsSentWithANullCustomerId() throws Exception {
        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("이벤트 뭐 있어요?", "kakao-stranger", null), SECRET);

        JsonNode message = awaitEngineMessage("이벤트 뭐 있어요?");
        JsonNode variables = message.path("processVariables");
        assertThat(variables.at("/intent/value").asText()).isEqualTo("promotion.list");
        assertThat(variables.at("/customerId/value").isNull()).isTrue();
        assertThat(variables.at("/customerId/type").asText()).isEqualTo("Long");
        assertThat(variables.at("/customerStatus/value").asText()).isEqualTo("UNLINKED");
        reply(message.path("businessKey").asText(), "{\"text\":\"진행 중인 이벤트예요\"}");
        assertThat(pending.get().statusCode()).isEqualTo(200);
    }

    @Test
    void fieldsKakaoAddsAreIgnored() throws Exception {
        ObjectNode payload = payload("안녕하세요", "kakao-jiyoung", null);
        payload.putObject("somethingNew").put("since", "2027");
        ((ObjectNode) payload.get("userRequest")).put("newField", true);
        ((ObjectNode) payload.get("action")).putObject("clientExtra").put("source", "quickReply");

        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload, SECRET);
        JsonNode message = awaitEngineMessage("안녕하세요");
        reply(message.path("businessKey").asText(), "{\"text\":\"안녕하세요! 무엇을 도와드릴까요?\"}");

        HttpResponse<String> response = pending.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response.body()).at("/template/outputs/0/simpleText/text").asText()).startsWith("안녕하세요!");
    }

    @Test
    void aWrongSecretIsRejectedWith401BeforeAnythingElse() throws Exception {
        HttpResponse<String> response = sendSkill(payload("아메리카노 재고", "kakao-minsu", null), "guess").get();

        assertProblem(response, 401, "/problems/unauthorized");
        assertThat(engineMessages()).isEmpty();
    }

    @Test
    void aMissingSecretIsRejectedWith401EvenWithAMalformedBody() throws Exception {
        HttpResponse<String> response = sendSkill("{not json", null).get();

        assertProblem(response, 401, "/problems/unauthorized");
    }

    @Test
    void aBotThatIsNotAllowedGets403() throws Exception {
        ObjectNode payload = payload("아메리카노 재고", "kakao-minsu", null);
        ((ObjectNode) payload.get("bot")).put("id", "someone-elses-bot");

        HttpResponse<String> response = sendSkill(payload, SECRET).get();

        assertProblem(response, 403, "/problems/forbidden");
        assertThat(engineMessages()).isEmpty();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = sendSkill("{\"userRequest\": {\"utterance\": ", SECRET).get();

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(engineMessages()).isEmpty();
    }

    @Test
    void aPayloadWithoutTheUserIs400WithTheField() throws Exception {
        ObjectNode payload = payload("아메리카노 재고", "kakao-minsu", null);
        ((ObjectNode) payload.get("userRequest")).remove("user");

        HttpResponse<String> response = sendSkill(payload, SECRET).get();

        JsonNode problem = assertProblem(response, 400, "/problems/validation-failed");
        assertThat(problem.path("errors").toString()).contains("userRequest.user");
        assertThat(engineMessages()).isEmpty();
    }

    @Test
    void aWronglyTypedUtteranceIs400() throws Exception {
        ObjectNode payload = payload("x", "kakao-minsu", null);
        ((ObjectNode) payload.get("userRequest")).putObject("utterance").put("text", "아메리카노");

        HttpResponse<String> response = sendSkill(payload, SECRET).get();

        JsonNode problem = assertProblem(response, 400, "/problems/malformed-request");
        assertThat(problem.path("detail").asText()).contains("userRequest.utterance");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = read(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.commerce");
        return problem;
    }
}
