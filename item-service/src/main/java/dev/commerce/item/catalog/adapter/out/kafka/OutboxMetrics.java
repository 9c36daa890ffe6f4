package dev.commerce.item.catalog.adapter.out.kafka;

import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the service still owes Kafka, for dashboards and alerts: the publications not yet acknowledged, and the
 * outcome of every send attempt.
 */
class OutboxMetrics {

    private static final String PENDING = "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL";

    private final Counter acknowledged;
    private final Counter failed;

    OutboxMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.acknowledged = sends(registry, "acknowledged");
        this.failed = sends(registry, "failed");
        Gauge.builder("item.events.outbox.pending", jdbc, OutboxMetrics::pending)
                .description("Event publications the broker has not acknowledged yet")
                .register(registry);
    }

    void acknowledged() {
        acknowledged.increment();
    }

    void failed() {
        failed.increment();
    }

    double failedSends() {
        return failed.count();
    }

    private static Counter sends(MeterRegistry registry, String outcome) {
        return Counter.builder("item.events.sends").tag("outcome", outcome)
                .description("Attempts to send an item event to Kafka").register(registry);
    }

    private static double pending(JdbcTemplate jdbc) {
        try {
            Integer count = jdbc.queryForObject(PENDING, Integer.class);
            return count == null ? Double.NaN : count;
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
