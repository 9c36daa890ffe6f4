package dev.commerce.bench.orders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.bench.BenchContext;
import dev.commerce.bench.Benchmark;
import dev.commerce.bench.Options;
import dev.commerce.bench.load.Alternation;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.load.WarmUp;
import dev.commerce.bench.platform.BenchPlatform;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.launcher.RunningPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 2: order placement throughput through the real order-service (which calls the real customer-service and
 * item-service and publishes to a real broker), and the OrderPlaced → points credited lag through customer-service.
 */
public final class OrdersBenchmark implements Benchmark {

    private static final int STOCK = 1_000_000;
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final List<Long> CUSTOMERS = List.of(1L, 2L, 3L);

    @Override
    public Set<String> options() {
        return Set.of("--concurrency", "--first-warmup", "--max-warmup", "--lag-rate", "--lag-clients", "--lag-duration",
                "--drain-timeout", "--outage", "--outage-orders", "--outage-rate", "--outage-seconds");
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public ResultBlock run(BenchContext context) throws Exception {
        Options options = context.options();
        List<Integer> concurrencies = options.integers("--concurrency", "8,16");
        Duration firstWarmup = options.seconds("--first-warmup", 150);
        Duration maxWarmup = options.seconds("--max-warmup", 180);
        Duration warmup = options.seconds("--warmup", 30);
        Duration window = options.seconds("--duration", 30);
        double lagRate = options.decimal("--lag-rate", 10);
        int lagClients = options.integer("--lag-clients", 16);
        Duration lagWindow = options.seconds("--lag-duration", (int) window.toSeconds());
        Duration drainTimeout = options.seconds("--drain-timeout", 120);
        List<BrokerOutage.Mode> outages = options.list("--outage", "").stream().filter(mode -> !mode.isBlank())
                .map(mode -> BrokerOutage.Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT))).toList();
        int outageOrders = options.integer("--outage-orders", 1000);
        double outageRate = options.decimal("--outage-rate", 50);
        Duration outageTime = options.seconds("--outage-seconds", 15);

        BenchPlatform services = context.platform(name()).only("item-service", "customer-service", "order-service");
        try (RunningPlatform platform = services.start(context::progress)) {
            List<Long> items = raiseStock(context, platform.baseUrl("item-service"));
            String orders = platform.baseUrl("order-service");
            List<PhaseResult> phases = new ArrayList<>();
            List<LagStats> lags = new ArrayList<>();
            try (EventTap tap = new EventTap(platform.kafkaBootstrapServers(), "commerce.orders", "commerce.customers")) {
                WarmUp warmUp = warmUp(context, tap, new OrderWorkload(orders, items, CUSTOMERS, 16, 7), firstWarmup,
                        maxWarmup, drainTimeout);
                for (int clients : concurrencies) {
                    OrderWorkload workload = new OrderWorkload(orders, items, CUSTOMERS, clients, clients);
                    context.progress("placing orders with " + clients + " clients: warm-up " + warmup.toSeconds()
                            + " s, measured " + window.toSeconds() + " s");
                    PhaseResult phase = context.loadRunner(platform).run("place order, " + clients + " clients", workload,
                            clients, warmup, window);
                    phases.add(phase);
                    lags.add(drain(context, tap, phase, workload, drainTimeout));
                }
                if (lagRate > 0) {
                    OrderWorkload workload = new OrderWorkload(orders, items, CUSTOMERS, lagClients, 99);
                    context.progress("paced orders at " + lagRate + "/s for " + lagWindow.toSeconds() + " s");
                    PhaseResult phase = context.loadRunner(platform).paced(
                            "paced " + ResultBlock.fmt(lagRate, 0) + " orders/s", workload, lagClients, lagRate, lagWindow);
                    phases.add(phase);
                    lags.add(drain(context, tap, phase, workload, drainTimeout));
                }
                Map<String, Long> idle = context.idleCpuMicros(platform, IDLE);
                List<BrokerOutage.Result> outcomes = new ArrayList<>();
                for (BrokerOutage.Mode mode : outages) {
                    OrderWorkload workload = new OrderWorkload(orders, items, CUSTOMERS, 16, 11 + mode.ordinal());
                    outcomes.add(BrokerOutage.run(context, platform, tap, workload, mode, outageOrders, outageRate,
                            outageTime, drainTimeout));
                }
                String paced = lagRate <= 0 ? null : ResultBlock.fmt(lagRate, 1) + " orders/s for "
                        + lagWindow.toSeconds() + " s (" + lagClients + " clients)";
                ResultBlock block = report(context, services.profileDescription(), items.size(), concurrencies,
                        warmUp, warmup, window, paced, phases, lags).idleCpu("Background CPU with no requests ("
                        + IDLE.toSeconds() + " s after the phases), in cores", idle, IDLE);
                return outcomes.isEmpty() ? block : block.table("Broker outage: " + outageOrders + " orders at "
                        + ResultBlock.fmt(outageRate, 0) + "/s, the broker frozen (SIGSTOP/SIGCONT) or killed "
                        + "(SIGKILL, started again) for " + outageTime.toSeconds() + " s from the 2nd second; credits "
                        + "counted at the harness's consumer", BrokerOutage.table(outcomes));
            }
        }
    }

    /** The services' code compiled (C2) before the first phase; its orders drained so no backlog is left. */
    private static WarmUp warmUp(BenchContext context, EventTap tap, OrderWorkload workload, Duration minimum,
                                 Duration maximum, Duration drainTimeout) throws InterruptedException {
        context.progress("warming up the services with 16 clients, " + minimum.toSeconds() + "-" + maximum.toSeconds()
                + " s until steady");
        WarmUp warmUp = WarmUp.run(context.loadRunner(), "orders", workload, 16, minimum, maximum);
        context.progress("  " + warmUp.describe());
        tap.awaitCredits(workload.placedAtNanos().keySet(), drainTimeout);
        return warmUp;
    }

    /** Waits for every order of the phase to be credited, so the next phase starts without a backlog. */
    private static LagStats drain(BenchContext context, EventTap tap, PhaseResult phase, OrderWorkload workload,
                                  Duration timeout) throws InterruptedException {
        context.progress("  " + Alternation.summary(phase));
        long missing = tap.awaitCredits(workload.placedAtNanos().keySet(), timeout);
        LagStats lag = LagStats.of(phase, workload.placedAtNanos(), tap);
        context.progress("  points credited for " + (lag.orders() - lag.notCredited()) + " of " + lag.orders()
                + " orders of the window (" + missing + " of all placed still missing after the drain)");
        return lag;
    }

    /** Every catalogue item gets a large stock, so no order runs short whatever the run length. */
    private static List<Long> raiseStock(BenchContext context, String itemService) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : context.http().get(itemService + "/api/items?size=100").path("content")) {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("name", item.path("name").asText());
            update.put("category", item.path("category").asText());
            update.put("price", item.path("price").asLong());
            update.put("stock", STOCK);
            update.put("points", item.path("points").asLong());
            context.http().send("PUT", itemService + "/api/items/" + item.path("id").asLong(), update, 200);
            if (item.path("points").asLong() > 0) {
                ids.add(item.path("id").asLong());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("item-service lists no item with points: is the demo catalogue loaded?");
        }
        context.progress("stock of " + ids.size() + " items raised to " + STOCK);
        return ids;
    }

    private ResultBlock report(BenchContext context, String profile, int items, List<Integer> concurrencies,
                               WarmUp firstWarmup, Duration warmup,
                               Duration window, String paced, List<PhaseResult> phases,
                               List<LagStats> lags) {
        return new ResultBlock(name())
                .setting("profile", profile + "; one local KRaft broker (12 partitions per topic); "
                        + "item-, customer- and order-service jars started by the launcher on free ports")
                .setting("service JVMs", context.serviceJvmOptions())
                .setting("load", "closed loop, java.net.http HTTP/1.1 keep-alive, clients " + concurrencies
                        + ", first unrecorded orders from 16 clients until steady (" + firstWarmup.describe()
                        + "; drained), then per phase "
                        + warmup.toSeconds() + " s warm-up and " + window.toSeconds() + " s measured"
                        + (paced == null ? "" : "; then open loop at " + paced))
                .setting("orders", "POST /api/orders, customers 1-3 at random, 1-3 lines of distinct items out of "
                        + items + " (stock raised to " + STOCK + "), quantity 1-2")
                .setting("lag", "until the PointsChanged whose data.sourceEventId is the order's OrderPlaced id arrives at "
                        + "a consumer of commerce.customers in the harness; each phase is drained before the next")
                .phases("Order placement (201 answers per second; latency of POST /api/orders)", phases)
                .cpu("CPU time per order, by process (user + system, /proc), and cores busy with them", phases)
                .table("OrderPlaced → points credited: from the order's 201 at the client to the PointsChanged "
                        + "(data.sourceEventId = the OrderPlaced id) arriving at the harness's consumer", LagStats.table(lags))
                .table("Lag breakdown by the events' own times (service clocks = this machine's clock)",
                        LagStats.breakdown(lags));
    }
}
