package dev.commerce.bench.orders;

import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.report.ResultBlock;
import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * OrderPlaced → points credited, for the orders whose 201 arrived inside a phase's window. Two starting points:
 * the 201 answer at the client (what a customer sees) and the OrderPlaced's own {@code time} (when order-service
 * committed it); both end when the PointsChanged caused by that OrderPlaced arrived at the benchmark's consumer.
 */
record LagStats(String label, long orders, long notCredited, Histogram fromAnswerMicros, Histogram fromEventMicros,
                Histogram orderOutboxMicros, Histogram customerHopMicros, Duration lastCreditAfterLoad) {

    private static final long HIGHEST = Duration.ofMinutes(10).toNanos() / 1000;

    static LagStats of(PhaseResult phase, Map<String, Long> placedAtNanos, EventTap tap) {
        Histogram fromAnswer = new Histogram(HIGHEST, 3);
        Histogram fromEvent = new Histogram(HIGHEST, 3);
        Histogram orderOutbox = new Histogram(HIGHEST, 3);
        Histogram customerHop = new Histogram(HIGHEST, 3);
        long orders = 0;
        long missing = 0;
        long lastCredit = Long.MIN_VALUE;
        for (Map.Entry<String, Long> order : placedAtNanos.entrySet()) {
            long answered = order.getValue();
            if (answered < phase.windowStartNanos() || answered >= phase.windowEndNanos()) {
                continue;
            }
            orders++;
            EventTap.Credited credit = tap.credit(order.getKey());
            if (credit == null) {
                missing++;
                continue;
            }
            lastCredit = Math.max(lastCredit, credit.arrivedNanos());
            record(fromAnswer, (credit.arrivedNanos() - answered) / 1000);
            EventTap.Placed placed = tap.placed(order.getKey());
            record(fromEvent, micros(placed.eventTime(), credit.arrivedAt()));
            record(orderOutbox, micros(placed.eventTime(), placed.arrivedAt()));
            record(customerHop, micros(placed.arrivedAt(), credit.arrivedAt()));
        }
        Duration afterLoad = lastCredit == Long.MIN_VALUE ? Duration.ZERO
                : Duration.ofNanos(Math.max(0, lastCredit - phase.windowEndNanos()));
        return new LagStats(phase.label(), orders, missing, fromAnswer, fromEvent, orderOutbox, customerHop, afterLoad);
    }

    private static long micros(java.time.Instant from, java.time.Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }

    /** Clocks of two threads (or, for the event time, two JVMs) can put a credit a hair before its start. */
    private static void record(Histogram histogram, long micros) {
        histogram.recordValue(Math.min(HIGHEST, Math.max(1, micros)));
    }

    static ResultBlock.Table table(Iterable<LagStats> stats) {
        ResultBlock.Table table = new ResultBlock.Table("phase", "orders", "lag p50 ms", "p90 ms", "p99 ms", "max ms",
                "not credited", "last credit after load end s");
        for (LagStats lag : stats) {
            table.row(lag.label, lag.orders, ms(lag.fromAnswerMicros, 50), ms(lag.fromAnswerMicros, 90),
                    ms(lag.fromAnswerMicros, 99), ms(lag.fromAnswerMicros, 100), lag.notCredited,
                    ResultBlock.fmt(lag.lastCreditAfterLoad.toMillis() / 1000.0, 1));
        }
        return table;
    }

    /** Where the time goes: order-service's outbox relay, then customer-service's consumer and its own outbox. */
    static ResultBlock.Table breakdown(Iterable<LagStats> stats) {
        ResultBlock.Table table = new ResultBlock.Table("phase", "OrderPlaced.time → PointsChanged here p50 / p99 ms",
                "OrderPlaced.time → OrderPlaced here p50 / p99 ms", "OrderPlaced here → PointsChanged here p50 / p99 ms");
        for (LagStats lag : stats) {
            table.row(lag.label, pair(lag.fromEventMicros), pair(lag.orderOutboxMicros), pair(lag.customerHopMicros));
        }
        return table;
    }

    private static String pair(Histogram histogram) {
        return ms(histogram, 50) + " / " + ms(histogram, 99);
    }

    private static String ms(Histogram histogram, double percentile) {
        if (histogram.getTotalCount() == 0) {
            return "–";
        }
        long micros = percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
        return ResultBlock.fmt(micros / 1000.0, 1);
    }
}
