package dev.commerce.chatbot.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.chatbot.AdapterIntegrationTest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Dialogue state across messages of one user, and what the engine learns about the customer. */
class ConversationIT extends AdapterIntegrationTest {

    @Test
    void whenTheProcessAsksForAnOrderNumberTheNextMessageAnswersIt() throws Exception {
        CompletableFuture<HttpResponse<String>> first = sendSkill(payload("배송 조회", "kakao-jiyoung", null), SECRET);
        JsonNode firstMessage = awaitEngineMessage("배송 조회");
        reply(firstMessage.path("businessKey").asText(), """
                {"text":"주문번호를 알려주세요. (예: ORD-20261120-0001)","awaiting":"order_number"}""");
        assertThat(read(first.get().body()).at("/template/outputs/0/simpleText/text").asText()).startsWith("주문번호를");

        CompletableFuture<HttpResponse<String>> second = sendSkill(payload("ord202611200001", "kakao-jiyoung", null), SECRET);
        JsonNode secondMessage = awaitEngineMessage("ord202611200001");
        reply(secondMessage.path("businessKey").asText(), "{\"text\":\"배송 중이에요\"}");
        assertThat(second.get().statusCode()).isEqualTo(200);

        JsonNode variables = secondMessage.path("processVariables");
        assertThat(variables.at("/intent/value").asText()).isEqualTo("delivery.track");
        assertThat(variables.at("/orderNumber/value").asText()).isEqualTo("ORD-20261120-0001");
        assertThat(variables.at("/answeredPrompt/value").asText()).isEqualTo("order_number");
        assertThat(secondMessage.path("businessKey").asText()).isNotEqualTo(firstMessage.path("businessKey").asText());
    }

    @Test
    void theQuestionIsAnsweredOnceAndOtherUsersAreNotAffected() throws Exception {
        CompletableFuture<HttpResponse<String>> asked = sendSkill(payload("택배 언제 와요", "kakao-user-a", null), SECRET);
        reply(awaitEngineMessage("택배 언제 와요").path("businessKey").asText(),
                "{\"text\":\"주문번호를 알려주세요\",\"awaiting\":\"order_number\"}");
        asked.get();

        CompletableFuture<HttpResponse<String>> other = sendSkill(payload("음 잘 모르겠네", "kakao-user-b", null), SECRET);
        JsonNode otherMessage = awaitEngineMessage("음 잘 모르겠네");
        reply(otherMessage.path("businessKey").asText(), "{\"text\":\"다시 말씀해 주세요\"}");
        other.get();
        assertThat(otherMessage.at("/processVariables/answeredPrompt/value").isNull()).isTrue();

        CompletableFuture<HttpResponse<String>> answer = sendSkill(payload("ORD-20261120-0007", "kakao-user-a", null), SECRET);
        reply(awaitEngineMessage("ORD-20261120-0007").path("businessKey").asText(), "{\"text\":\"배송 완료\"}");
        answer.get();

        CompletableFuture<HttpResponse<String>> later = sendSkill(payload("음 그렇구나", "kakao-user-a", null), SECRET);
        JsonNode laterMessage = awaitEngineMessage("음 그렇구나");
        reply(laterMessage.path("businessKey").asText(), "{\"text\":\"네\"}");
        later.get();
        assertThat(laterMessage.at("/processVariables/answeredPrompt/value").isNull()).as("the question was answered").isTrue();
    }

    @Test
    void whenCustomerServiceFailsTheMessageStillGoesThroughWithAnUnknownCustomer() throws Exception {
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/customers/by-kakao/kakao-minsu")).willReturn(aResponse().withStatus(503)));

        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload("아메리카노 있어?", "kakao-minsu", null), SECRET);
        JsonNode message = awaitEngineMessage("아메리카노 있어?");
        reply(message.path("businessKey").asText(), "{\"text\":\"아메리카노 있어요\"}");

        assertThat(pending.get().statusCode()).isEqualTo(200);
        assertThat(message.at("/processVariables/customerStatus/value").asText()).isEqualTo("UNKNOWN");
        assertThat(message.at("/processVariables/customerId/value").isNull()).isTrue();
    }

    @Test
    void openBuilderParametersFillWhatTheNluMissed() throws Exception {
        ObjectNode payload = payload("배송 조회해줘", "kakao-minsu", null);
        ((ObjectNode) payload.at("/action/params")).put("order_number", "ord-20261119-0003");

        CompletableFuture<HttpResponse<String>> pending = sendSkill(payload, SECRET);
        JsonNode message = awaitEngineMessage("배송 조회해줘");
        reply(message.path("businessKey").asText(), "{\"text\":\"확인했어요\"}");
        pending.get();

        assertThat(message.at("/processVariables/orderNumber/value").asText()).isEqualTo("ORD-20261119-0003");
    }
}
