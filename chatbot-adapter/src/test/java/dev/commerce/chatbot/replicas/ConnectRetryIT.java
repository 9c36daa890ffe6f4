package dev.commerce.chatbot.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The message correlation is not idempotent: Spring Cloud LoadBalancer may try a call on the next engine instance
 * only when it could not connect to the first (spring.cloud.loadbalancer.retry.*, retryable-exceptions
 * java.net.ConnectException). Two engine stand-ins over real HTTP, the adapter round-robins between them.
 */
class ConnectRetryIT {

    private static final String APOLOGY = "죄송해요, 지금은 요청을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.";

    private EngineStandIn live;
    private EngineStandIn slow;
    private AdapterReplica adapter;

    @AfterEach
    void stop() {
        for (AutoCloseable resource : new AutoCloseable[] {adapter, live, slow}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void withOneEngineInstanceGoneEveryCorrelationReachesTheLiveOne() throws Exception {
        live = new EngineStandIn();
        adapter = AdapterReplica.start("chatbot-adapter", List.of(live.url(), "http://127.0.0.1:" + closedPort()));
        live.replyTo = adapter.url();

        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = adapter.skill("아메리카노 있어요 " + i, "kakao-retry", null).get();
            assertThat(adapter.text(answer)).isEqualTo("답변: 아메리카노 있어요 " + i);
        }
        assertThat(live.correlations).hasSize(6);
    }

    @Test
    void aCorrelationThatReachedAnEngineIsNeverSentAgain() throws Exception {
        live = new EngineStandIn();
        slow = new EngineStandIn();
        slow.responseDelay = java.time.Duration.ofSeconds(3);
        adapter = AdapterReplica.start("chatbot-adapter", List.of(live.url(), slow.url()),
                "--spring.cloud.openfeign.client.config.process-engine.read-timeout=1000");
        live.replyTo = adapter.url();

        for (int i = 0; i < 4; i++) {
            String utterance = "카페라떼 있어요 " + i;
            String text = adapter.text(adapter.skill(utterance, "kakao-retry", null).get());
            assertThat(live.correlationsOf(utterance).size() + slow.correlationsOf(utterance).size())
                    .as("sent once").isEqualTo(1);
            assertThat(text).isEqualTo(slow.correlationsOf(utterance).isEmpty() ? "답변: " + utterance : APOLOGY);
        }
        assertThat(slow.correlations).as("round robin chose the slow engine too").hasSize(2);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
