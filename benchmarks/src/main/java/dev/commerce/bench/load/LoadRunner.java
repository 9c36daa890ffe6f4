package dev.commerce.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code concurrency} clients on a fixed thread pool, each sending its next request as soon as
 * the previous answer arrived. The clients run through the warm-up without recording and straight on into the
 * measurement window, so the window sees a steady state. Only answers that complete inside the window count.
 */
public final class LoadRunner {

    /** 1 µs .. 2 min at 3 significant digits: 0.1 % resolution at every scale. */
    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final HttpClient http;
    private final WindowProbe probe;

    public LoadRunner(HttpClient http) {
        this(http, WindowProbe.NONE);
    }

    public LoadRunner(HttpClient http, WindowProbe probe) {
        this.http = http;
        this.probe = probe;
    }

    public PhaseResult run(String label, Workload workload, int concurrency, Duration warmup, Duration window) {
        long measureStart = System.nanoTime() + warmup.toNanos();
        return measure(label, workload, concurrency, measureStart, window, Schedule.closedLoop());
    }

    /**
     * Open-loop load at a fixed rate: request i is due at {@code start + i / rate}, whichever client is free takes
     * it. Latency counts from the due time, so a backlog shows up in it (no coordinated omission). For measuring
     * something other than saturation, e.g. event lag at a moderate order rate.
     */
    public PhaseResult paced(String label, Workload workload, int clients, double perSecond, Duration window) {
        long measureStart = System.nanoTime() + Duration.ofMillis(200).toNanos();
        return measure(label, workload, clients, measureStart, window, Schedule.paced(measureStart, perSecond));
    }

    private PhaseResult measure(String label, Workload workload, int concurrency, long measureStart, Duration window,
                                Schedule schedule) {
        long measureEnd = measureStart + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency + 1, threads(label));
        try {
            List<Future<ClientTally>> futures = new ArrayList<>();
            for (int client = 0; client < concurrency; client++) {
                int id = client;
                futures.add(pool.submit(() -> loop(id, workload, measureStart, measureEnd, schedule)));
            }
            Future<Map<String, Long>> probed = pool.submit(() -> probe(measureStart, measureEnd));
            Histogram merged = new Histogram(HIGHEST_MICROS, 3);
            long served = 0;
            long errors = 0;
            Map<String, Long> causes = new TreeMap<>();
            for (Future<ClientTally> future : futures) {
                ClientTally tally = future.get();
                merged.add(tally.latencies);
                served += tally.served;
                errors += tally.errors;
                tally.causes.forEach((cause, count) -> causes.merge(cause, count, Long::sum));
            }
            return new PhaseResult(label, concurrency, window, served, errors, merged, Map.copyOf(causes),
                    measureStart, measureEnd, probed.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + label, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client of " + label + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ClientTally loop(int client, Workload workload, long measureStart, long measureEnd, Schedule schedule)
            throws InterruptedException {
        ClientTally tally = new ClientTally();
        for (long sequence = 0; System.nanoTime() < measureEnd; sequence++) {
            long started = schedule.next();
            if (started >= measureEnd) {
                break;
            }
            sleepUntil(started);
            var request = workload.request(client, sequence);
            String cause = null;
            long completed;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                completed = System.nanoTime();
                if (!workload.accept(client, response, completed)) {
                    cause = "HTTP " + response.statusCode();
                }
            } catch (IOException e) {
                completed = System.nanoTime();
                cause = e.getClass().getSimpleName();
            }
            if (completed >= measureStart && completed < measureEnd) {
                tally.record(completed - started, cause);
            }
        }
        return tally;
    }

    /** What the probe counts over a window with no load at all. */
    public Map<String, Long> idle(Duration window) {
        try {
            probe.windowOpened();
            Thread.sleep(window.toMillis());
            return probe.windowClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while idle", e);
        }
    }

    private Map<String, Long> probe(long measureStart, long measureEnd) throws InterruptedException {
        sleepUntil(measureStart);
        probe.windowOpened();
        sleepUntil(measureEnd);
        return probe.windowClosed();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** When the next request of a client starts. */
    private interface Schedule {
        long next();

        static Schedule closedLoop() {
            return System::nanoTime;
        }

        static Schedule paced(long start, double perSecond) {
            AtomicLong tickets = new AtomicLong();
            double interval = 1e9 / perSecond;
            return () -> start + (long) (tickets.getAndIncrement() * interval);
        }
    }

    private static ThreadFactory threads(String label) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "load-" + label + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class ClientTally {
        private final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        private final Map<String, Long> causes = new TreeMap<>();
        private long served;
        private long errors;

        void record(long nanos, String cause) {
            if (cause == null) {
                served++;
                latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1000)));
            } else {
                errors++;
                causes.merge(cause, 1L, Long::sum);
            }
        }
    }
}
