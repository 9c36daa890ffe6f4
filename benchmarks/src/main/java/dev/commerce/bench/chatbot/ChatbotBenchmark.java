package dev.commerce.bench.chatbot;

import dev.commerce.bench.BenchContext;
import dev.commerce.bench.Benchmark;
import dev.commerce.bench.Http;
import dev.commerce.bench.Options;
import dev.commerce.bench.load.LoadRunner;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.load.WarmUp;
import dev.commerce.bench.load.Workload;
import dev.commerce.bench.platform.BenchPlatform;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.launcher.RunningPlatform;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 5: the Kakao skill webhook of the real chatbot-adapter at 20 concurrent users, each message going through
 * the NLU, a message correlation on the real engine, the chatbot process (with the stock-lookup call activity and
 * REST calls to the real domain services) and the reply back to the adapter; then NLU parses per second on
 * {@code POST /api/nlu/parse}.
 */
public final class ChatbotBenchmark implements Benchmark {

    static final String MODEL = "processes/src/main/resources/bpmn/chatbot.bpmn";
    private static final String SECRET = "local-kakao-secret";

    @Override
    public Set<String> options() {
        return Set.of("--users", "--nlu-clients", "--max-warmup");
    }

    @Override
    public String name() {
        return "chatbot";
    }

    public boolean available(Path root) {
        return Files.isRegularFile(root.resolve(MODEL));
    }

    @Override
    public ResultBlock run(BenchContext context) throws Exception {
        if (!available(context.root())) {
            throw new IllegalStateException("the chatbot process (" + MODEL + ") does not exist yet, so there is no "
                    + "real engine path to measure; chatbot-adapter/bench/run-benchmarks.sh measures the adapter "
                    + "alone against an engine stand-in meanwhile");
        }
        Options options = context.options();
        int users = options.integer("--users", 20);
        int nluClients = options.integer("--nlu-clients", 4);
        Duration warmup = options.seconds("--warmup", 30);
        Duration maxWarmup = options.seconds("--max-warmup", 180);
        Duration window = options.seconds("--duration", 20);

        BenchPlatform services = context.platform(name())
                .only("item-service", "customer-service", "order-service", "process-engine", "chatbot-adapter");
        try (RunningPlatform platform = services.start(context::progress)) {
            placeOrders(context, platform.baseUrl("order-service"));
            String adapter = platform.baseUrl("chatbot-adapter");
            SkillWorkload webhook = new SkillWorkload(adapter, SECRET);
            Workload nlu = nlu(adapter);

            context.progress("warming up the webhook with " + users + " users");
            WarmUp webhookWarmUp = WarmUp.run(context.loadRunner(), "webhook", webhook, users, warmup, maxWarmup);
            context.progress("  " + webhookWarmUp.describe());
            LoadRunner runner = context.loadRunner(platform);
            PhaseResult webhookPhase = runner.run("webhook, " + users + " users", webhook, users,
                    Duration.ofSeconds(2), window);
            long[] counts = webhook.countsIn(webhookPhase);
            context.progress("  webhook: " + counts[0] + " replies, " + counts[1] + " stand-ins");

            context.progress("warming up the NLU endpoint with " + nluClients + " clients");
            WarmUp nluWarmUp = WarmUp.run(context.loadRunner(), "nlu", nlu, nluClients, warmup, maxWarmup);
            context.progress("  " + nluWarmUp.describe());
            PhaseResult nluPhase = runner.run("NLU parse, " + nluClients + " clients", nlu, nluClients,
                    Duration.ofSeconds(2), window);

            long instances = chatbotInstances(context, platform.baseUrl("process-engine"));
            Duration idle = Duration.ofSeconds(10);
            Map<String, Long> idleCpu = context.idleCpuMicros(platform, idle);
            return report(context, services, users, nluClients, window, List.of(webhookWarmUp, nluWarmUp),
                    webhookPhase, counts, nluPhase, instances).idleCpu("Background CPU with no requests ("
                    + idle.toSeconds() + " s after the phases), in cores", idleCpu, idle);
        }
    }

    private ResultBlock report(BenchContext context, BenchPlatform services, int users, int nluClients,
                               Duration window, List<WarmUp> warmUps, PhaseResult webhook, long[] counts,
                               PhaseResult nlu, long instances) {
        double seconds = window.toMillis() / 1000.0;
        ResultBlock.Table answers = new ResultBlock.Table("users", "answers (200)", "real replies", "replies/s",
                "stand-ins (try again / apology)", "errors", "chatbot instances in the engine's history (whole run)");
        answers.row(users, webhook.served(), counts[0], ResultBlock.fmt(counts[0] / seconds, 1), counts[1],
                webhook.errors() == 0 ? "0" : webhook.errors() + " " + webhook.errorCauses(), instances);
        return new ResultBlock(name())
                .setting("profile", services.profileDescription() + ", local KRaft broker; item-, customer-, "
                        + "order-service, process-engine (history full, the default) and chatbot-adapter jars on free ports")
                .setting("service JVMs", context.serviceJvmOptions())
                .setting("webhook load", users + " closed-loop users (java.net.http, HTTP/1.1 keep-alive) posting skill "
                        + "payloads v2 without callbackUrl: " + SkillWorkload.UTTERANCES.size() + " utterances in turn ("
                        + String.join(", ", SkillWorkload.UTTERANCES) + "); user 0 kakao-minsu, user 1 kakao-jiyoung, "
                        + "the rest unlinked; the adapter's reply time limit 3.5 s (then a try-again text)")
                .setting("NLU load", nluClients + " closed-loop clients on POST /api/nlu/parse with the same utterances")
                .setting("measured", window.toSeconds() + " s per phase after a warm-up until two 5 s slices agree within "
                        + "10 %: " + WarmUp.describe(warmUps))
                .phases("Webhook latency (POST /kakao/skill) and NLU parses", List.of(webhook, nlu))
                .table("Webhook answers in the measured window", answers)
                .cpu("CPU time per request, by process", List.of(webhook, nlu));
    }

    private static Workload nlu(String adapter) {
        List<String> bodies = SkillWorkload.UTTERANCES.stream().map(text -> "{\"text\":\"" + text + "\"}").toList();
        return new Workload() {
            @Override
            public HttpRequest request(int client, long sequence) {
                return Http.jsonRequest(adapter + "/api/nlu/parse", "POST",
                        bodies.get((int) ((client + sequence) % bodies.size()))).build();
            }

            @Override
            public boolean accept(int client, HttpResponse<String> response, long completedNanos) {
                return response.statusCode() == 200 && response.body().contains("\"intent\"");
            }
        };
    }

    /** minsu and jiyoung have orders, so delivery and order questions have something to answer with. */
    private static void placeOrders(BenchContext context, String orderService) {
        for (long customer : List.of(1L, 1L, 2L)) {
            context.http().send("POST", orderService + "/api/orders",
                    Map.of("customerId", customer, "lines", List.of(Map.of("itemId", 1, "quantity", 1))), 201);
        }
    }

    private static long chatbotInstances(BenchContext context, String engine) {
        String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        return context.http().expect(Http.request(engine
                        + "/engine-rest/history/process-instance/count?processDefinitionKey=chatbot")
                .header("Authorization", "Basic " + basic).GET().build(), 200).path("count").asLong();
    }
}
