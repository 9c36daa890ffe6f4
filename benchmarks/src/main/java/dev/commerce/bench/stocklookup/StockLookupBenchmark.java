package dev.commerce.bench.stocklookup;

import dev.commerce.bench.BenchContext;
import dev.commerce.bench.Benchmark;
import dev.commerce.bench.Http;
import dev.commerce.bench.Options;
import dev.commerce.bench.load.Alternation;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.load.WarmUp;
import dev.commerce.bench.load.Workload;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.launcher.RunningPlatform;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 3: {@code POST /api/processes/stock-lookup {itemName}} on the process engine (a synchronous BPMN instance
 * whose service task searches item-service by name, then the stock check) against the same search straight on
 * item-service ({@code GET /api/items?name=}), in alternating phases of one run at the same concurrency. Each
 * history level asked for gets its own engine instance (own H2 database) in the same run.
 */
public final class StockLookupBenchmark implements Benchmark {

    private static final Set<String> LEVELS = Set.of("none", "activity", "audit", "full");

    @Override
    public Set<String> options() {
        return Set.of("--concurrency", "--max-warmup", "--rounds", "--history", "--names");
    }

    @Override
    public String name() {
        return "stock-lookup";
    }

    @Override
    public ResultBlock run(BenchContext context) throws Exception {
        Options options = context.options();
        int clients = options.integer("--concurrency", 8);
        int rounds = options.integer("--rounds", 3);
        Duration warmup = options.seconds("--warmup", 30);
        Duration maxWarmup = options.seconds("--max-warmup", 180);
        Duration window = options.seconds("--duration", 10);
        List<String> levels = options.list("--history", "full");
        List<String> names = options.list("--names", "아메리카노,카페라떼,바닐라라떼,베이글");
        levels.stream().filter(level -> !LEVELS.contains(level)).findFirst().ifPresent(level -> {
            throw new IllegalArgumentException("--history: " + level + " is not one of " + LEVELS);
        });

        var platform = context.platform(name()).only("item-service", "process-engine")
                .env("process-engine", "CAMUNDA_HISTORY_LEVEL", levels.get(0));
        Map<String, String> engineNames = new LinkedHashMap<>();
        engineNames.put(levels.get(0), "process-engine");
        for (String level : levels.subList(1, levels.size())) {
            String engine = "process-engine-" + level;
            platform.extraInstance(engine, "process-engine", List.of("kafka"),
                    Map.of("CAMUNDA_HISTORY_LEVEL", level, "KAFKA_GROUP_ID", engine));
            engineNames.put(level, engine);
        }
        try (RunningPlatform running = platform.start(context::progress)) {
            String items = running.baseUrl("item-service");
            List<Alternation.Target> targets = new ArrayList<>();
            targets.add(new Alternation.Target("direct item-service", direct(items, names)));
            engineNames.forEach((level, engine) -> targets.add(new Alternation.Target(
                    "engine (history " + level + ")", viaProcess(running.baseUrl(engine), names))));
            Alternation.Outcome outcome = Alternation.run(context.loadRunner(running), targets, clients, warmup, maxWarmup,
                    Duration.ofSeconds(2), window, rounds, context::progress);
            List<PhaseResult> merged = outcome.merged();

            ResultBlock.Table history = new ResultBlock.Table("engine", "history level", "historic stock-lookup instances after the run");
            engineNames.forEach((level, engine) -> history.row(engine, level,
                    historicInstances(context, running.baseUrl(engine))));
            Duration idle = Duration.ofSeconds(10);
            Map<String, Long> idleCpu = context.idleCpuMicros(running, idle);
            return new ResultBlock(name())
                    .setting("profile", platform.profileDescription() + ", local KRaft broker; item-service and "
                            + levels.size() + " process-engine jar(s) on free ports, each engine with its own database")
                    .setting("engine", "Camunda 7.24 (camunda-bpm-spring-boot-starter), history level(s) " + levels
                            + " (full is the application's default), job executor on (not used by the synchronous path), "
                            + "DB pool 10")
                    .setting("service JVMs", context.serviceJvmOptions())
                    .setting("requests", "item names " + names + " in turn (all in stock → AVAILABLE; the process makes "
                            + "one item-service search per instance, the same GET the direct phase sends)")
                    .setting("load", clients + " closed-loop clients (java.net.http, HTTP/1.1 keep-alive); per target "
                            + warmup.toSeconds() + "-" + maxWarmup.toSeconds() + " s warm-up until two 5 s slices agree "
                            + "within 10 %, then " + rounds + " alternating rounds of "
                            + window.toSeconds() + " s measured per target (2 s settle each)")
                    .text("Warm-up: " + WarmUp.describe(outcome.warmUps()) + ".")
                    .phases("Stock lookup — every round, then each target over all rounds", outcome.allPhases())
                    .comparison("Process facade against the direct item-service search, same run", merged.get(0),
                            merged.subList(1, merged.size()), outcome.rounds())
                    .cpu("CPU time per lookup, by process", merged)
                    .idleCpu("Background CPU with no requests (" + idle.toSeconds() + " s after the phases), in cores",
                            idleCpu, idle)
                    .table("History written (proof of the level)", history);
        }
    }

    private static Workload direct(String itemService, List<String> names) {
        List<String> urls = names.stream()
                .map(name -> itemService + "/api/items?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).toList();
        return new Workload() {
            @Override
            public HttpRequest request(int client, long sequence) {
                return Http.request(urls.get((int) ((client + sequence) % urls.size())))
                        .header("Accept", "application/json").GET().build();
            }

            @Override
            public boolean accept(int client, HttpResponse<String> response, long completedNanos) {
                return response.statusCode() == 200 && response.body().contains("\"content\":[{");
            }
        };
    }

    private static Workload viaProcess(String engine, List<String> names) {
        List<String> bodies = names.stream().map(name -> "{\"itemName\":\"" + name + "\"}").toList();
        String url = engine + "/api/processes/stock-lookup";
        return new Workload() {
            @Override
            public HttpRequest request(int client, long sequence) {
                return Http.jsonRequest(url, "POST", bodies.get((int) ((client + sequence) % bodies.size()))).build();
            }

            @Override
            public boolean accept(int client, HttpResponse<String> response, long completedNanos) {
                return response.statusCode() == 200 && response.body().contains("\"status\":\"AVAILABLE\"");
            }
        };
    }

    /** The engine's REST API (HTTP Basic, the embedded default's demo user) counts what history kept. */
    private static long historicInstances(BenchContext context, String engine) {
        String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        return context.http().expect(Http.request(engine
                        + "/engine-rest/history/process-instance/count?processDefinitionKey=stock-lookup")
                .header("Authorization", "Basic " + basic).GET().build(), 200).path("count").asLong();
    }
}
