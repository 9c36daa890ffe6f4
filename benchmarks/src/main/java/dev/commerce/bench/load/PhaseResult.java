package dev.commerce.bench.load;

import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One measured phase: the answers that completed inside the measurement window. Latencies are of served
 * requests only (in microseconds in the histogram); errors are counted apart, by cause. {@code probed} holds what
 * a {@link WindowProbe} counted in the window (CPU microseconds per process).
 */
public record PhaseResult(String label, int concurrency, Duration window, long served, long errors,
                          Histogram latencyMicros, Map<String, Long> errorCauses, long windowStartNanos,
                          long windowEndNanos, Map<String, Long> probed) {

    /** CPU milliseconds a process spent per request answered in the window (served or not). */
    public double cpuMillisPerRequest(String process) {
        long requests = served + errors;
        Long micros = probed.get(process);
        return micros == null || requests == 0 ? Double.NaN : micros / 1000.0 / requests;
    }

    public double throughput() {
        return served / (window.toNanos() / 1e9);
    }

    /** Latency at the quantile (0.5, 0.99) in milliseconds. */
    public double millis(double quantile) {
        return served == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(quantile * 100) / 1000.0;
    }

    public double maxMillis() {
        return served == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0;
    }

    public double meanMillis() {
        return served == 0 ? Double.NaN : latencyMicros.getMean() / 1000.0;
    }

    /** Merges phases of the same target (alternating rounds) into one result over their summed windows. */
    public static PhaseResult merge(String label, Iterable<PhaseResult> phases) {
        Histogram histogram = null;
        long served = 0;
        long errors = 0;
        Duration window = Duration.ZERO;
        int concurrency = 0;
        Map<String, Long> causes = new java.util.TreeMap<>();
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        Map<String, Long> probed = new java.util.LinkedHashMap<>();
        for (PhaseResult phase : phases) {
            phase.probed.forEach((name, value) -> probed.merge(name, value, Long::sum));
            if (histogram == null) {
                histogram = phase.latencyMicros.copy();
            } else {
                histogram.add(phase.latencyMicros);
            }
            served += phase.served;
            errors += phase.errors;
            window = window.plus(phase.window);
            concurrency = phase.concurrency;
            phase.errorCauses.forEach((cause, count) -> causes.merge(cause, count, Long::sum));
            start = Math.min(start, phase.windowStartNanos);
            end = Math.max(end, phase.windowEndNanos);
        }
        if (histogram == null) {
            throw new IllegalArgumentException("no phases to merge for " + label);
        }
        return new PhaseResult(label, concurrency, window, served, errors, histogram, Map.copyOf(causes), start, end,
                probed);
    }
}
