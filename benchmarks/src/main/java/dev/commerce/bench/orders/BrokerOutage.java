package dev.commerce.bench.orders;

import dev.commerce.bench.BenchContext;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.report.ResultBlock;
import dev.commerce.launcher.RunningPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 11: orders placed at a steady rate while the broker goes away for a while, {@code freeze} (SIGSTOP, then
 * SIGCONT: connections stay open, nothing answers) or {@code kill} (SIGKILL, then started again on the same port
 * and data). Orders do not need the broker; their events wait in the outbox. Counts what a customer would notice:
 * orders never credited, orders credited twice, and how long after the last order the last credit came.
 */
final class BrokerOutage {

    private static final String BROKER = "kafka";
    private static final Duration BEFORE = Duration.ofSeconds(2);

    enum Mode { FREEZE, KILL }

    record Result(Mode mode, PhaseResult phase, long orders, long lost, long creditedTwice, long redelivered,
                  Duration away, Duration lastCreditAfterLastOrder, Duration lastCreditAfterBrokerBack) {
    }

    private BrokerOutage() {
    }

    static Result run(BenchContext context, RunningPlatform platform, EventTap tap, OrderWorkload workload, Mode mode,
                      int orders, double rate, Duration outage, Duration drainTimeout) throws InterruptedException {
        Duration window = Duration.ofMillis((long) Math.ceil(orders * 1000 / rate));
        context.progress("broker " + mode.name().toLowerCase(Locale.ROOT) + ": " + orders + " orders at " + rate
                + "/s, the broker away for " + outage.toSeconds() + " s from second " + BEFORE.toSeconds());
        long redeliveredBefore = tap.orderPlacedRedelivered();
        long[] backAt = new long[1];
        long[] awayAt = new long[1];
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> {
            sleep(BEFORE);
            awayAt[0] = System.nanoTime();
            leave(platform, mode);
            sleep(outage);
            comeBack(platform, mode);
            backAt[0] = System.nanoTime();
        });
        PhaseResult phase;
        try {
            phase = context.loadRunner().paced("broker " + mode.name().toLowerCase(Locale.ROOT) + ", "
                    + ResultBlock.fmt(rate, 0) + " orders/s", workload, 16, rate, window);
        } finally {
            broker.join();
        }
        List<String> placed = List.copyOf(workload.placedAtNanos().keySet());
        long lost = tap.awaitCredits(placed, drainTimeout);
        long lastOrder = workload.placedAtNanos().values().stream().mapToLong(Long::longValue).max().orElse(0);
        long lastCredit = placed.stream().map(tap::credit).filter(java.util.Objects::nonNull)
                .mapToLong(EventTap.Credited::arrivedNanos).max().orElse(lastOrder);
        Result result = new Result(mode, phase, placed.size(), lost, tap.creditedTwice(placed),
                tap.orderPlacedRedelivered() - redeliveredBefore, Duration.ofNanos(backAt[0] - awayAt[0]),
                Duration.ofNanos(Math.max(0, lastCredit - lastOrder)), Duration.ofNanos(lastCredit - backAt[0]));
        context.progress("  " + result.orders() + " orders, " + lost + " not credited, " + result.creditedTwice()
                + " credited twice; last credit " + seconds(result.lastCreditAfterLastOrder()) + " s after the last order");
        return result;
    }

    private static void leave(RunningPlatform platform, Mode mode) {
        if (mode == Mode.FREEZE) {
            signal(platform.component(BROKER).pid(), "-STOP");
        } else {
            platform.kill(BROKER);
        }
    }

    private static void comeBack(RunningPlatform platform, Mode mode) {
        if (mode == Mode.FREEZE) {
            signal(platform.component(BROKER).pid(), "-CONT");
        } else {
            platform.start(BROKER);
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill " + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String seconds(Duration duration) {
        return ResultBlock.fmt(duration.toMillis() / 1000.0, 1);
    }

    static ResultBlock.Table table(List<Result> results) {
        ResultBlock.Table table = new ResultBlock.Table("outage", "orders placed", "order errors", "broker away s",
                "not credited", "credited twice", "OrderPlaced resent", "last credit after last order s",
                "last credit after broker back s");
        for (Result r : results) {
            table.row(r.phase().label(), r.orders(), r.phase().errors(), seconds(r.away()), r.lost(),
                    r.creditedTwice(), r.redelivered(), seconds(r.lastCreditAfterLastOrder()),
                    seconds(r.lastCreditAfterBrokerBack()));
        }
        return table;
    }
}
