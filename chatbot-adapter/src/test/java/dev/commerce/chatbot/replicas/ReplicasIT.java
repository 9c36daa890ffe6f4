package dev.commerce.chatbot.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.chatbot.conversation.adapter.in.redis.ReplyChannelSubscription;
import dev.commerce.chatbot.conversation.application.InstanceIdentity;
import dev.commerce.chatbot.e2e.KakaoCallbackReceiver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two adapter replicas on the real Redis, each with an engine stand-in that answers every correlation by posting
 * the reply to the OTHER replica, over real HTTP: the way the engine's send task reaches "chatbot-adapter" behind
 * a Service. Later tests stop replicas, so the order is fixed. The webhook's own limit is 6 s here (3.5 s in
 * production) so that a busy machine does not turn a routed reply into a timeout; nothing here measures time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final String TIME_LIMIT = "--commerce.kakao.reply-time-limit=6s";
    private static final String RETRY_LATER = "답변을 준비하는 데 시간이 걸리고 있어요. 잠시 후 다시 물어봐 주세요.";

    private static TestRedis redis;
    private static KakaoCallbackReceiver kakao;
    private static final List<AutoCloseable> resources = new ArrayList<>();
    private static EngineStandIn engine1;
    private static EngineStandIn engine2;
    private static AdapterReplica adapter1;
    private static AdapterReplica adapter2;

    @BeforeAll
    static void startTwoReplicas() {
        redis = new TestRedis();
        kakao = keep(new KakaoCallbackReceiver());
        engine1 = keep(new EngineStandIn());
        engine2 = keep(new EngineStandIn());
        adapter1 = replica("chatbot-adapter", engine1, TestRedis.PORT);
        adapter2 = replica("chatbot-adapter-2", engine2, TestRedis.PORT);
        engine1.replyTo = adapter2.url();
        engine2.replyTo = adapter1.url();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        redis.close();
    }

    @Test
    @Order(1)
    void everySkillRequestOnEitherReplicaGetsTheRealReplyInTime() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add((i % 2 == 0 ? adapter1 : adapter2).skill("아메리카노 재고 있어요 " + i, "kakao-replica-" + i, null));
        }

        for (int i = 0; i < 6; i++) {
            assertThat(adapter1.text(answers.get(i).get())).isEqualTo("답변: 아메리카노 재고 있어요 " + i);
        }
        awaitReplies(engine1, 3);
        awaitReplies(engine2, 3);
        assertThat(engine1.replies).hasSize(3).allSatisfy(post -> {
            assertThat(post.conversationId()).startsWith(adapter1.bean(InstanceIdentity.class).token() + ".");
            assertThat(post.status()).isEqualTo(202);
            assertThat(post.body()).contains("\"delivery\":\"IN_TIME\"");
        });
        assertThat(engine2.replies).hasSize(3).allSatisfy(post -> assertThat(post.status()).isEqualTo(202));
        assertThat(routed(adapter2, "in_time")).as("adapter 2 forwarded adapter 1's replies").isEqualTo(3);
        assertThat(routed(adapter1, "in_time")).isEqualTo(3);
    }

    @Test
    @Order(2)
    void aQuestionAskedOnOneReplicaIsAnsweredOnTheOther() throws Exception {
        HttpResponse<String> asked = adapter1.skill("배송 조회", "kakao-replica-dialog", null).get();
        assertThat(adapter1.text(asked)).isEqualTo("배송을 조회할 주문번호를 알려 주세요.");

        HttpResponse<String> answered = adapter2.skill("ORD-20261120-0001", "kakao-replica-dialog", null).get();

        assertThat(adapter2.text(answered)).isEqualTo("주문 ORD-20261120-0001은 배송 중이에요.");
        JsonNode variables = engine2.correlationsOf("ORD-20261120-0001").get(0).path("processVariables");
        assertThat(variables.at("/intent/value").asText()).isEqualTo("delivery.track");
        assertThat(variables.at("/orderNumber/value").asText()).isEqualTo("ORD-20261120-0001");
        assertThat(variables.at("/answeredPrompt/value").asText()).isEqualTo("order_number");
        assertThat(redis.keys()).as("the question was taken").noneMatch(key -> key.contains("kakao-replica-dialog"));
    }

    @Test
    @Order(3)
    void aSlowReplyForADeferredRequestReachesKakaosCallbackOnceThroughTheOtherReplica() throws Exception {
        engine1.hold.add("주문 배송 어디쯤이야");
        HttpResponse<String> deferred = adapter1.skill("주문 배송 어디쯤이야", "kakao-replica-late",
                kakao.url("replica-late")).get();
        assertThat(adapter1.read(deferred.body()).path("useCallback").asBoolean()).isTrue();
        String conversationId = conversationOf(engine1, "주문 배송 어디쯤이야");

        EngineStandIn.ReplyPost late = engine1.postReply(adapter2.url(), conversationId,
                "{\"text\":\"늦은 답: 배송 중이에요\"}");

        assertThat(late.status()).isEqualTo(202);
        assertThat(late.body()).contains("\"delivery\":\"CALLBACK\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> kakao.received("replica-late").size() == 1);
        assertThat(adapter1.read(kakao.received("replica-late").get(0).body())
                .at("/template/outputs/0/simpleText/text").asText()).isEqualTo("늦은 답: 배송 중이에요");
        assertThat(engine1.postReply(adapter1.url(), conversationId, "{\"text\":\"또\"}").status()).isEqualTo(409);
        assertThat(engine1.postReply(adapter2.url(), conversationId, "{\"text\":\"또\"}").status()).isEqualTo(409);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> kakao.received("replica-late").size() == 1);
    }

    @Test
    @Order(4)
    void aReplyRoutedToAReplicaInItsGracefulShutdownStillReachesTheUser() throws Exception {
        engine1.hold.add("포인트 얼마야");
        CompletableFuture<HttpResponse<String>> waiting = adapter1.skill("포인트 얼마야", "kakao-replica-drain", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine1.correlationsOf("포인트 얼마야").isEmpty());
        String conversationId = conversationOf(engine1, "포인트 얼마야");

        String stoppingUrl = adapter1.url();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(adapter1::close);
        await().atMost(Duration.ofSeconds(5)).until(() -> !accepts(stoppingUrl));
        EngineStandIn.ReplyPost routed = engine1.postReply(adapter2.url(), conversationId,
                "{\"text\":\"12,000P 있어요\"}");

        assertThat(routed.status()).isEqualTo(202);
        assertThat(routed.body()).contains("IN_TIME");
        assertThat(adapter2.text(waiting.get())).isEqualTo("12,000P 있어요");
        stopping.get();
        assertThat(adapter1.isRunning()).isFalse();
    }

    @Test
    @Order(5)
    void repliesForAStoppedHolderAreDroppedWhenWaitingAndPostedOnceToTheCallbackWhenDeferred() throws Exception {
        EngineStandIn engine3 = keep(new EngineStandIn());
        engine3.replyTo = adapter2.url();
        AdapterReplica adapter3 = replica("chatbot-adapter-3", engine3, TestRedis.PORT);
        engine3.hold.add("이벤트 있어요");
        engine3.hold.add("쿠폰 있어요");
        CompletableFuture<HttpResponse<String>> waiting = adapter3.skill("이벤트 있어요", "kakao-replica-w", null);
        CompletableFuture<HttpResponse<String>> deferred = adapter3.skill("쿠폰 있어요", "kakao-replica-d",
                kakao.url("replica-orphan"));
        assertThat(adapter3.text(waiting.get())).isEqualTo(RETRY_LATER);
        assertThat(adapter3.read(deferred.get().body()).path("useCallback").asBoolean()).isTrue();
        String waitingId = conversationOf(engine3, "이벤트 있어요");
        String deferredId = conversationOf(engine3, "쿠폰 있어요");
        adapter3.close();
        double droppedBefore = dropped(adapter2, "holder_gone");

        EngineStandIn.ReplyPost dropped = engine3.postReply(adapter2.url(), waitingId, "{\"text\":\"이벤트 답\"}");
        EngineStandIn.ReplyPost takenOver = engine3.postReply(adapter2.url(), deferredId, "{\"text\":\"쿠폰 답\"}");

        assertThat(dropped.status()).isEqualTo(404);
        assertThat(dropped.body()).contains("/problems/not-found");
        assertThat(dropped(adapter2, "holder_gone") - droppedBefore).isEqualTo(1);
        assertThat(takenOver.status()).isEqualTo(202);
        assertThat(takenOver.body()).contains("\"delivery\":\"CALLBACK\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> kakao.received("replica-orphan").size() == 1);
        assertThat(adapter2.read(kakao.received("replica-orphan").get(0).body())
                .at("/template/outputs/0/simpleText/text").asText()).isEqualTo("쿠폰 답");
        assertThat(engine3.postReply(adapter2.url(), deferredId, "{\"text\":\"또\"}").status())
                .as("the callback was used").isEqualTo(404);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> kakao.received("replica-orphan").size() == 1);
    }

    @Test
    @Order(6)
    void withRedisUnreachableTheLocalPathStillAnswers() throws Exception {
        EngineStandIn engine4 = keep(new EngineStandIn());
        AdapterReplica adapter4 = replica("chatbot-adapter-4", engine4, closedPort());
        engine4.replyTo = adapter4.url();

        HttpResponse<String> answer = adapter4.skill("아메리카노 재고 있어요?", "kakao-replica-noredis", null).get();
        HttpResponse<String> asked = adapter4.skill("배송 조회", "kakao-replica-noredis", null).get();
        EngineStandIn.ReplyPost foreign = engine4.postReply(adapter4.url(),
                "abcdefghij.0f6e1d43-4d0a-4d4e-9a53-1c2b3a4d5e6f", "{\"text\":\"남의 답\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(adapter4.text(answer)).isEqualTo("답변: 아메리카노 재고 있어요?");
        assertThat(adapter4.text(asked)).isEqualTo("배송을 조회할 주문번호를 알려 주세요.");
        assertThat(foreign.status()).as("another replica's reply cannot be forwarded").isEqualTo(404);
        awaitReplies(engine4, 3);
        assertThat(engine4.replies).filteredOn(post -> post != foreign)
                .hasSize(2).allSatisfy(post -> assertThat(post.body()).contains("IN_TIME"));
        assertThat(adapter4.read(adapter4.get("/actuator/health/readiness")).path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(7)
    void aReplicaStartedWhileRedisWasDownReceivesForwardedRepliesOnceItIsBack() throws Exception {
        int port = closedPort();
        EngineStandIn engine5 = keep(new EngineStandIn());
        engine5.replyTo = adapter2.url();
        AdapterReplica adapter5 = replica("chatbot-adapter-5", engine5, port);
        assertThat(adapter5.bean(ReplyChannelSubscription.class).isListening()).isFalse();

        TcpProxy redisAppears = keep(new TcpProxy(port, TestRedis.HOST, TestRedis.PORT));
        await().atMost(Duration.ofSeconds(20)).until(() -> adapter5.bean(ReplyChannelSubscription.class).isListening());
        HttpResponse<String> answer = adapter5.skill("베이글 있어요?", "kakao-replica-back", null).get();

        assertThat(adapter5.text(answer)).isEqualTo("답변: 베이글 있어요?");
        awaitReplies(engine5, 1);
        assertThat(engine5.replies).singleElement().satisfies(post -> {
            assertThat(post.status()).isEqualTo(202);
            assertThat(post.body()).contains("IN_TIME");
        });

        redisAppears.close();
        StringRedisTemplate redisOfAdapter5 = adapter5.bean(StringRedisTemplate.class);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThatThrownBy(() -> redisOfAdapter5.hasKey("x"))
                .as("rejected at once while disconnected, not queued until the timeout")
                .hasStackTraceContaining("not connected"));
    }

    private static AdapterReplica replica(String name, EngineStandIn engine, int redisPort) {
        AdapterReplica replica = keep(AdapterReplica.startOnRedis(name, engine, redis.prefix, redisPort, TIME_LIMIT));
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.bean(LoadBalancerClient.class)
                .choose("process-engine") != null);
        if (redisPort == TestRedis.PORT) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> replica.bean(ReplyChannelSubscription.class).isListening());
        }
        return replica;
    }

    /** The engine records the adapter's answer to its reply after the user may already have it. */
    private static void awaitReplies(EngineStandIn engine, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.replies.size() >= count);
    }

    private static <T extends AutoCloseable> T keep(T resource) {
        resources.add(resource);
        return resource;
    }

    private static String conversationOf(EngineStandIn engine, String utterance) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> engine.correlationsOf(utterance).stream()
                .map(body -> body.path("businessKey").asText()).findFirst().orElse(null), id -> id != null);
    }

    private static double routed(AdapterReplica replica, String outcome) {
        Counter counter = replica.bean(MeterRegistry.class).find("chatbot.replies.routed").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static double dropped(AdapterReplica replica, String reason) {
        Counter counter = replica.bean(MeterRegistry.class).find("chatbot.replies.dropped").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static boolean accepts(String url) {
        int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
