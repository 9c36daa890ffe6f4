package dev.commerce.chatbot.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.commerce.chatbot.ChatbotAdapterApplication;
import dev.commerce.chatbot.DemoData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wiremock.webhooks.Webhooks;

/**
 * Webhook latency and throughput under concurrent users (closed loop: each user sends its next message when
 * the previous answer arrived). Not a test: run with bench/run-benchmarks.sh.
 *
 * <p>Self-contained mode (default) starts the adapter in this JVM with a WireMock stand-in for the engine
 * that answers every message through the real reply endpoint after {@code --engine-delay-ms} (the time a
 * chatbot process would take), so the figures are the adapter's own cost plus that delay. With
 * {@code --url http://host:8084} it drives an already running adapter (e.g. the platform with the real
 * engine) instead.
 */
public final class WebhookBenchmark {

    private static final String[] UTTERANCES = {
            "아메리카노 재고 있어요?", "내 포인트 얼마야", "주문 배송 어디쯤이야", "이벤트 뭐 있어요?", "바닐라 라떼 두 잔 되나요",
            "최근 주문 내역 보여줘", "안녕하세요", "도움말", "초코케잌 남았나요", "ORD-20261120-0001 배송 조회"};
    private static final String[] USERS = {"kakao-minsu", "kakao-jiyoung", "kakao-guest"};

    private WebhookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            benchmark(args);
        } finally {
            // WireMock and the adapter run non-daemon threads; end the JVM whatever happened
            System.exit(0);
        }
    }

    private static void benchmark(String[] args) throws Exception {
        int users = intArg(args, "--users", 20);
        int seconds = intArg(args, "--seconds", 30);
        int warmupSeconds = intArg(args, "--warmup-seconds", 10);
        int engineDelay = intArg(args, "--engine-delay-ms", 20);
        String url = stringArg(args, "--url", null);
        String secret = stringArg(args, "--secret", "local-kakao-secret");

        WireMockServer downstream = null;
        ConfigurableApplicationContext app = null;
        if (url == null) {
            downstream = new WireMockServer(options().dynamicPort().containerThreads(64).asynchronousResponseEnabled(true));
            downstream.start();
            String stand = "http://localhost:" + downstream.port();
            // command-line arguments, so they win over application.yml (never the platform's fixed port)
            app = new SpringApplicationBuilder(ChatbotAdapterApplication.class).run(
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--spring.cloud.discovery.client.simple.instances.item-service[0].uri=" + stand,
                    "--spring.cloud.discovery.client.simple.instances.customer-service[0].uri=" + stand,
                    "--spring.cloud.discovery.client.simple.instances.process-engine[0].uri=" + stand);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            url = "http://localhost:" + port;
            standIns(downstream, url, engineDelay);
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("webhook benchmark: %s, %d users, warm-up %d s, measured %d s, engine stand-in delay %s%n",
                url, users, warmupSeconds, seconds, downstream == null ? "n/a (external)" : engineDelay + " ms");
        run(http, url, secret, users, warmupSeconds);
        Result result = run(http, url, secret, users, seconds);
        System.out.println(result.report(users, seconds));
        if (app != null) {
            app.close();
        }
        if (downstream != null) {
            downstream.stop();
        }
    }

    private static void standIns(WireMockServer downstream, String adapterUrl, int engineDelay) {
        downstream.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson(DemoData.ITEMS_PAGE)));
        downstream.stubFor(get(urlPathMatching("/api/customers/by-kakao/.*")).willReturn(aResponse().withStatus(404)));
        downstream.stubFor(get(urlPathEqualTo("/api/customers/by-kakao/kakao-minsu")).willReturn(okJson(DemoData.MINSU)));
        downstream.stubFor(post(urlPathEqualTo("/engine-rest/message")).willReturn(aResponse().withStatus(204))
                .withServeEventListener("webhook", Webhooks.webhook()
                        .withMethod(RequestMethod.POST)
                        .withUrl(adapterUrl + "/internal/chatbot/replies/{{jsonPath originalRequest.body '$.businessKey'}}")
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Internal-Token", "local-internal-token")
                        .withBody("{\"text\":\"{{jsonPath originalRequest.body '$.processVariables.intent.value'}} 답변입니다\","
                                + "\"quickReplies\":[\"재고 조회\",\"배송 조회\",\"이벤트\",\"포인트\"]}")
                        .withFixedDelay(engineDelay)));
    }

    private static Result run(HttpClient http, String url, String secret, int users, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong templates = new AtomicLong();
        AtomicLong interim = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int user = u;
            Thread thread = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < mine.length) {
                        String utterance = UTTERANCES[(user + n) % UTTERANCES.length];
                        String body = payload(utterance, USERS[user % USERS.length] + (user / USERS.length));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/kakao/skill"))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .header("X-Skill-Secret", secret).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            mine[n++] = System.nanoTime() - started;
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else if (response.body().contains("답변입니다") || response.body().contains("\"outputs\"")
                                    && !response.body().contains("잠시 후 다시")) {
                                templates.incrementAndGet();
                            } else {
                                interim.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies.set(user, Arrays.copyOf(mine, n));
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, templates.get(), interim.get(), errors.get());
    }

    private static String payload(String utterance, String userKey) {
        return """
                {"intent":{"id":"b1","name":"폴백 블록"},
                 "userRequest":{"timezone":"Asia/Seoul","params":{},"block":{"id":"b1","name":"폴백 블록"},
                   "utterance":"%s","lang":"ko","user":{"id":"%s","type":"botUserKey","properties":{}}},
                 "contexts":[],"bot":{"id":"bench-bot","name":"bench"},
                 "action":{"name":"skill","clientExtra":null,"params":{},"id":"a1","detailParams":{}}}
                """.formatted(utterance, userKey);
    }

    private record Result(long[] sortedNanos, long answered, long interim, long errors) {
        String report(int users, int seconds) {
            int n = sortedNanos.length;
            if (n == 0) {
                return "no requests completed";
            }
            return String.format("| %d users | %d requests | %.1f replies/s | p50 %.1f ms | p90 %.1f ms | p99 %.1f ms "
                            + "| max %.1f ms | answered %d | interim %d | errors %d |",
                    users, n, (double) answered / seconds, ms(0.50), ms(0.90), ms(0.99),
                    sortedNanos[n - 1] / 1e6, answered, interim, errors);
        }

        private double ms(double quantile) {
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
