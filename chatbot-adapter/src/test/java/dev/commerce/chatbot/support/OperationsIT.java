package dev.commerce.chatbot.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.chatbot.AdapterIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health probes, metrics, the API description, and errors outside the controllers. */
class OperationsIT extends AdapterIntegrationTest {

    @Test
    void livenessAndReadinessAreUp() {
        assertThat(read(getPath("/actuator/health/liveness").body()).path("status").asText()).isEqualTo("UP");
        assertThat(read(getPath("/actuator/health/readiness").body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesTheAdaptersMetrics() throws Exception {
        sendSkill(payload("이벤트", "kakao-minsu", null), "wrong").get();
        sendSkill(payload("이벤트 있어요", "kakao-minsu", null), SECRET).get();
        HttpResponse<String> metrics = getPath("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("application=\"chatbot-adapter\"")
                .contains("chatbot_skill_responses_total");
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() {
        JsonNode api = read(getPath("/v3/api-docs").body());

        assertThat(api.path("paths").has("/kakao/skill")).isTrue();
        assertThat(api.path("paths").has("/api/nlu/parse")).isTrue();
        assertThat(api.path("paths").has("/internal/chatbot/replies/{conversationId}")).isTrue();
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        HttpResponse<String> notFound = getPath("/api/nothing-here");
        HttpResponse<String> wrongMethod = getPath("/api/nlu/parse");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(read(notFound.body()).path("type").asText()).isEqualTo("/problems/not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(read(wrongMethod.body()).path("type").asText()).isEqualTo("/problems/method-not-allowed");
    }
}
