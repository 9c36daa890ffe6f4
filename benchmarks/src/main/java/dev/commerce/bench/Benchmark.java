package dev.commerce.bench;

import dev.commerce.bench.report.ResultBlock;
import java.util.Set;

/** One benchmark of the harness: starts what it needs, measures, and returns its result block. */
public interface Benchmark {

    /** Options every benchmark understands. */
    Set<String> COMMON_OPTIONS = Set.of("--warmup", "--duration", "--service-jvm-opts", "--root", "--profile",
            "--keep-data");

    String name();

    /** The options this benchmark reads besides the common ones (checked before anything starts). */
    Set<String> options();

    ResultBlock run(BenchContext context) throws Exception;
}
