package dev.commerce.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Several targets measured in one run at the same concurrency, in alternating phases: each target is warmed up,
 * then every round measures each target once, the order rotating from round to round (A B, B A, ...), so that
 * a drift of the shared machine (another build, a GC of the broker) does not land on one target only.
 */
public final class Alternation {

    public record Target(String label, Workload workload) {
    }

    /** Per target: its measured phases, one per round; and how long each target took to warm up. */
    public record Outcome(Map<String, List<PhaseResult>> rounds, List<WarmUp> warmUps) {

        /** All rounds of each target as one result over the summed windows. */
        public List<PhaseResult> merged() {
            return rounds.entrySet().stream().map(entry -> PhaseResult.merge(entry.getKey(), entry.getValue())).toList();
        }

        /** Every round of every target, then the merged ones: the table of the result block. */
        public List<PhaseResult> allPhases() {
            List<PhaseResult> all = new ArrayList<>();
            rounds.values().forEach(all::addAll);
            all.addAll(merged());
            return all;
        }
    }

    public static Outcome run(LoadRunner runner, List<Target> targets, int concurrency, Duration minWarmup,
                              Duration maxWarmup, Duration settle, Duration window, int rounds,
                              Consumer<String> progress) {
        Map<String, List<PhaseResult>> results = new LinkedHashMap<>();
        List<WarmUp> warmUps = new ArrayList<>();
        for (Target target : targets) {
            progress.accept("warming up " + target.label() + " (" + concurrency + " clients, " + minWarmup.toSeconds()
                    + "-" + maxWarmup.toSeconds() + " s until steady)");
            WarmUp warmUp = WarmUp.run(runner, target.label(), target.workload(), concurrency, minWarmup, maxWarmup);
            progress.accept("  " + warmUp.describe());
            warmUps.add(warmUp);
            results.put(target.label(), new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get((i + round) % targets.size());
                progress.accept("round " + (round + 1) + "/" + rounds + ": " + target.label());
                PhaseResult phase = runner.run(target.label() + " #" + (round + 1), target.workload(), concurrency,
                        settle, window);
                progress.accept("  " + summary(phase));
                results.get(target.label()).add(phase);
            }
        }
        return new Outcome(results, warmUps);
    }

    public static String summary(PhaseResult phase) {
        return String.format(java.util.Locale.ROOT, "%s: %.1f req/s, p50 %.1f ms, p99 %.1f ms, errors %d",
                phase.label(), phase.throughput(), phase.millis(0.5), phase.millis(0.99), phase.errors());
    }
}
