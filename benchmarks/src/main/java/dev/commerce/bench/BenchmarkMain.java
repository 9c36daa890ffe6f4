package dev.commerce.bench;

import dev.commerce.bench.chatbot.ChatbotBenchmark;
import dev.commerce.bench.gateway.GatewayBenchmark;
import dev.commerce.bench.orders.OrdersBenchmark;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.bench.stocklookup.StockLookupBenchmark;
import dev.commerce.launcher.RepositoryRoot;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code benchmarks/run.sh <name> [options]}: runs one benchmark (or {@code all}) against the real services and
 * prints its markdown result block, which is also written to {@code benchmarks/target/results/}.
 */
public final class BenchmarkMain {

    private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        for (Benchmark benchmark : List.of(new OrdersBenchmark(), new GatewayBenchmark(), new StockLookupBenchmark(),
                new ChatbotBenchmark())) {
            BENCHMARKS.put(benchmark.name(), benchmark);
        }
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.err.println(usage());
            status = 2;
        }
        // the HTTP clients and Kafka leave non-daemon threads behind; the services were stopped already
        System.exit(status);
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(usage());
            return args.length == 0 ? 2 : 0;
        }
        String name = args[0];
        Options options = Options.parse(Arrays.asList(args).subList(1, args.length));
        List<Benchmark> selected = name.equals("all")
                ? BENCHMARKS.values().stream().filter(b -> !(b instanceof ChatbotBenchmark chatbot)
                        || chatbot.available(RepositoryRoot.detect())).toList()
                : List.of(benchmark(name));
        for (Benchmark benchmark : selected) {
            Set<String> unknown = new java.util.TreeSet<>(options.given());
            unknown.removeAll(Benchmark.COMMON_OPTIONS);
            if (name.equals("all")) {
                BENCHMARKS.values().forEach(known -> unknown.removeAll(known.options()));
            } else {
                unknown.removeAll(benchmark.options());
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s) for " + benchmark.name() + ": " + unknown);
            }
        }
        Path root = Path.of(options.string("--root", RepositoryRoot.detect().toString())).toAbsolutePath();
        Path results = root.resolve("benchmarks/target/results");
        int failures = 0;
        for (Benchmark benchmark : selected) {
            try (BenchContext context = new BenchContext(root, options)) {
                context.progress("benchmark " + benchmark.name());
                ResultBlock block = benchmark.run(context);
                System.out.println();
                System.out.println(block.markdown());
                context.progress("written to " + block.write(results));
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                failures++;
                System.err.println("benchmark " + benchmark.name() + " failed: " + e.getMessage());
                e.printStackTrace(System.err);
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Benchmark benchmark(String name) {
        Benchmark benchmark = BENCHMARKS.get(name);
        if (benchmark == null) {
            throw new IllegalArgumentException("unknown benchmark " + name + "; one of " + BENCHMARKS.keySet() + " or all");
        }
        return benchmark;
    }

    static String usage() {
        return """
                usage: benchmarks/run.sh <orders|gateway|stock-lookup|chatbot|all> [options]
                  common:       --warmup S --duration S (per measured phase) --keep-data --service-jvm-opts "..."
                  orders:       --concurrency 8,16 --first-warmup 150 --lag-rate 10 --outage freeze,kill --lag-clients 16 --lag-duration S --drain-timeout S
                  gateway:      --concurrency 16 --rounds 2 --paths "/api/orders?customerId=1,/api/items/1" --fresh-keycloak
                  stock-lookup: --concurrency 8 --rounds 2 --history full[,activity,none] --names 아메리카노,카페라떼
                  chatbot:      --users 20 --nlu-clients 4 --max-warmup S
                see benchmarks/README.md""";
    }
}
