package dev.commerce.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Load until the services are warm: slices of unrecorded load at the measured concurrency, until two slices in a
 * row agree on throughput within a tolerance (after a minimum, up to a maximum). On a busy 2-core machine the
 * JIT of a freshly started Spring service takes anywhere from 30 s to minutes, so a fixed warm-up either wastes
 * time or measures compilation.
 */
public record WarmUp(String label, Duration elapsed, List<Double> sliceRates, boolean steady) {

    public static final Duration SLICE = Duration.ofSeconds(5);
    public static final double TOLERANCE = 0.10;

    public static WarmUp run(LoadRunner runner, String label, Workload workload, int concurrency, Duration minimum,
                             Duration maximum) {
        // a maximum shorter than two slices (a quick try) still gets two slices to compare
        Duration slice = maximum.compareTo(SLICE.multipliedBy(2)) < 0 ? maximum.dividedBy(2) : SLICE;
        return run(runner, label, workload, concurrency, minimum, maximum, slice);
    }

    static WarmUp run(LoadRunner runner, String label, Workload workload, int concurrency, Duration minimum,
                      Duration maximum, Duration slice) {
        List<Double> rates = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        boolean steady = false;
        while (elapsed.compareTo(maximum) < 0) {
            rates.add(runner.run(label + " warm-up", workload, concurrency, Duration.ZERO, slice).throughput());
            elapsed = elapsed.plus(slice);
            int n = rates.size();
            if (n >= 2 && elapsed.compareTo(minimum) >= 0) {
                double last = rates.get(n - 1);
                double previous = rates.get(n - 2);
                if (last > 0 && Math.abs(last - previous) <= TOLERANCE * Math.max(last, previous)) {
                    steady = true;
                    break;
                }
            }
        }
        return new WarmUp(label, elapsed, List.copyOf(rates), steady);
    }

    public String describe() {
        String last = sliceRates.stream().skip(Math.max(0, sliceRates.size() - 2))
                .map(rate -> String.format(Locale.ROOT, "%.0f", rate)).collect(Collectors.joining(" → "));
        return label + " " + elapsed.toSeconds() + " s (" + (steady ? "steady" : "NOT steady") + ", last slices "
                + last + " req/s)";
    }

    public static String describe(List<WarmUp> warmUps) {
        return warmUps.stream().map(WarmUp::describe).collect(Collectors.joining("; "));
    }
}
