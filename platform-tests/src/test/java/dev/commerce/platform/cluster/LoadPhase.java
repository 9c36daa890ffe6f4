package dev.commerce.platform.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the steady load saw during one phase of the restart test: requests sent and failed per operation, orders
 * placed, and a few failures word for word. A failure is what a user would call one: status 5xx, no connection or a
 * connection that broke, a Kakao answer that is a stand-in (the "try again" text or the apology) instead of the reply.
 */
final class LoadPhase {

    private final String name;
    private final long startedNanos = System.nanoTime();
    private volatile long endedNanos;
    private volatile Duration untilWhole = Duration.ZERO;
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
    private final AtomicLong ordersPlaced = new AtomicLong();
    private final List<String> samples = new CopyOnWriteArrayList<>();

    LoadPhase(String name) {
        this.name = name;
    }

    void ok(String operation) {
        count(sent, operation);
    }

    void orderPlaced() {
        ordersPlaced.incrementAndGet();
    }

    void failed(String operation, String what) {
        count(sent, operation);
        count(failed, operation);
        sample("FAILED " + operation + ": " + what);
    }

    /** An answer that is not a failure of the platform but not what the test expected either (a 4xx). */
    void unexpected(String operation, String what) {
        count(sent, operation);
        count(unexpected, operation);
        sample("UNEXPECTED " + operation + ": " + what);
    }

    void end(Duration untilWhole) {
        this.untilWhole = untilWhole;
        this.endedNanos = System.nanoTime();
    }

    String name() {
        return name;
    }

    long sent() {
        return total(sent);
    }

    long failed() {
        return total(failed);
    }

    long unexpected() {
        return total(unexpected);
    }

    long ordersPlaced() {
        return ordersPlaced.get();
    }

    List<String> samples() {
        return List.copyOf(samples);
    }

    Duration untilWhole() {
        return untilWhole;
    }

    Duration duration() {
        return Duration.ofNanos((endedNanos == 0 ? System.nanoTime() : endedNanos) - startedNanos);
    }

    /** One row of the report table: phase, duration, sent, failed (per operation), unexpected, orders, until whole. */
    String row() {
        return String.format("| %s | %.0f s | %d | %d %s | %d | %d | %.0f s |", name, duration().toMillis() / 1000.0,
                sent(), failed(), failed.isEmpty() ? "" : failed.toString(), unexpected(), ordersPlaced(),
                untilWhole.toMillis() / 1000.0);
    }

    private void sample(String line) {
        if (samples.size() < 20) {
            samples.add(line.length() > 400 ? line.substring(0, 400) : line);
        }
    }

    private static void count(Map<String, AtomicLong> counters, String operation) {
        counters.computeIfAbsent(operation, key -> new AtomicLong()).incrementAndGet();
    }

    private static long total(Map<String, AtomicLong> counters) {
        return counters.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
