package dev.commerce.bench.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.bench.BenchContext;
import dev.commerce.bench.Benchmark;
import dev.commerce.bench.Http;
import dev.commerce.bench.Options;
import dev.commerce.bench.load.Alternation;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.load.WarmUp;
import dev.commerce.bench.load.Workload;
import dev.commerce.bench.platform.BenchPlatform;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.launcher.RunningPlatform;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 4: the gateway's overhead. The same GET, with the same real Keycloak token, straight to the service and
 * through the gateway (JWT signature, issuer, audience and expiry checked, role matrix, ownership filter, request
 * id, trace context, access log, circuit breaker), in alternating phases of one run at the same concurrency.
 */
public final class GatewayBenchmark implements Benchmark {

    private static final Map<String, String> SERVICE_BY_PREFIX = Map.of("/api/orders", "order-service",
            "/api/items", "item-service", "/api/customers", "customer-service");

    @Override
    public Set<String> options() {
        return Set.of("--concurrency", "--max-warmup", "--rounds", "--paths", "--user", "--fresh-keycloak");
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public ResultBlock run(BenchContext context) throws Exception {
        Options options = context.options();
        int clients = options.integer("--concurrency", 16);
        int rounds = options.integer("--rounds", 3);
        Duration warmup = options.seconds("--warmup", 30);
        Duration maxWarmup = options.seconds("--max-warmup", 180);
        Duration window = options.seconds("--duration", 10);
        List<String> paths = options.list("--paths", "/api/orders?customerId=1,/api/items/1");
        String user = options.string("--user", "minsu");

        BenchPlatform services = context.platform(name())
                .only("keycloak", "item-service", "customer-service", "order-service", "gateway")
                .env("gateway", "RATE_LIMIT_ENABLED", "false");
        try (RunningPlatform platform = services.start(context::progress)) {
            TokenSource tokens = new TokenSource(context.http(), platform.baseUrl("keycloak"), user, "demo1234");
            placeOrders(context, platform.baseUrl("order-service"), 5);
            String gateway = platform.baseUrl("gateway");
            ResultBlock block = new ResultBlock(name())
                    .setting("profile", services.profileDescription() + ", local KRaft broker; real Keycloak "
                            + "(keycloak-quarkus-dist, dev mode, realm commerce) and the gateway jar, all on free ports; "
                            + "gateway with RATE_LIMIT_ENABLED=false")
                    .setting("service JVMs", context.serviceJvmOptions())
                    .setting("token", "access token of " + user + " (password grant on commerce-cli, RS256), sent on "
                            + "both paths; renewed at half its lifetime")
                    .setting("load", clients + " closed-loop clients (java.net.http, HTTP/1.1 keep-alive); per target "
                            + warmup.toSeconds() + "-" + maxWarmup.toSeconds() + " s warm-up until two 5 s slices agree "
                            + "within 10 % (also fetches the JWKS), then " + rounds
                            + " alternating rounds of " + window.toSeconds() + " s measured per target (2 s settle each)");
            for (String path : paths) {
                String service = serviceOf(path);
                String direct = platform.baseUrl(service) + path;
                String through = gateway + path;
                checkSameAnswer(context, direct, through, tokens);
                List<Alternation.Target> targets = List.of(
                        new Alternation.Target("direct " + service, get(direct, tokens)),
                        new Alternation.Target("gateway", get(through, tokens)));
                Alternation.Outcome outcome = Alternation.run(context.loadRunner(platform), targets, clients, warmup,
                        maxWarmup, Duration.ofSeconds(2), window, rounds, context::progress);
                List<PhaseResult> merged = outcome.merged();
                block.text("Warm-up for GET " + path + ": " + WarmUp.describe(outcome.warmUps()) + ".")
                        .phases("GET " + path + " — every round, then each target over all rounds", outcome.allPhases())
                        .comparison("GET " + path + " — gateway against direct, same run", merged.get(0),
                                merged.subList(1, merged.size()), outcome.rounds())
                        .cpu("GET " + path + " — CPU time per request, by process", merged);
            }
            Duration idle = Duration.ofSeconds(10);
            return block.idleCpu("Background CPU with no requests (" + idle.toSeconds() + " s after the phases), in cores",
                    context.idleCpuMicros(platform, idle), idle);
        }
    }

    private static Workload get(String url, TokenSource tokens) {
        return (client, sequence) -> Http.request(url).header("Accept", "application/json")
                .header("Authorization", tokens.bearer()).GET().build();
    }

    /** Guards against measuring an error page: through the gateway the answer must be the service's own. */
    private static void checkSameAnswer(BenchContext context, String direct, String through, TokenSource tokens) {
        HttpRequest.Builder request = Http.request(through).header("Authorization", tokens.bearer()).GET();
        JsonNode viaGateway = context.http().expect(request.build(), 200);
        JsonNode straight = context.http().get(direct);
        if (!viaGateway.equals(straight)) {
            throw new IllegalStateException("the gateway answers " + through + " differently from the service:\n"
                    + viaGateway + "\n" + straight);
        }
    }

    /** A customer with a few orders (of 아메리카노, in stock in the demo catalogue), so the list is not empty. */
    private static void placeOrders(BenchContext context, String orderService, int count) {
        for (int i = 0; i < count; i++) {
            context.http().send("POST", orderService + "/api/orders",
                    Map.of("customerId", 1, "lines", List.of(Map.of("itemId", 1, "quantity", 1 + i))), 201);
        }
    }

    private static String serviceOf(String path) {
        return SERVICE_BY_PREFIX.entrySet().stream().filter(entry -> path.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--paths: no service known for " + path
                        + " (one of " + SERVICE_BY_PREFIX.keySet() + ")"));
    }
}
