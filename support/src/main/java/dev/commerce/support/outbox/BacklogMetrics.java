package dev.commerce.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the service still owes Kafka, the same figure on every replica (it is the table's): {@code
 * outbox_backlog_events} (pending rows), {@code outbox_oldest_event_age_seconds} (0 when none) and {@code
 * outbox_parked_events}. One query, reused for a few seconds, so a scrape of several gauges costs one round trip;
 * the table holds only pending rows, so the query stays cheap. NaN while the database does not answer.
 */
public final class BacklogMetrics implements MeterBinder {

    private static final String QUERY = """
            SELECT SUM(CASE WHEN parked_at IS NULL THEN 1 ELSE 0 END),
                   MIN(CASE WHEN parked_at IS NULL THEN created_at END),
                   SUM(CASE WHEN parked_at IS NULL THEN 0 ELSE 1 END)
            FROM outbox_event""";

    private record Snapshot(double backlog, double oldestAgeSeconds, double parked, long takenAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long cacheMillis;
    private volatile Snapshot snapshot;

    public BacklogMetrics(DataSource dataSource, Clock clock, Duration cache) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.cacheMillis = cache.toMillis();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.backlog.events", () -> current().backlog())
                .description("Outbox rows Kafka has not acknowledged yet (parked ones not counted)").register(registry);
        Gauge.builder("outbox.oldest.event.age.seconds", () -> current().oldestAgeSeconds())
                .description("Age of the oldest outbox row Kafka has not acknowledged yet").register(registry);
        Gauge.builder("outbox.parked.events", () -> current().parked())
                .description("Outbox rows set aside because they cannot be written to Kafka").register(registry);
    }

    private synchronized Snapshot current() {
        long now = clock.millis();
        Snapshot last = snapshot;
        if (last != null && now - last.takenAt() < cacheMillis) {
            return last;
        }
        Snapshot next;
        try {
            next = jdbc.queryForObject(QUERY, (row, n) -> {
                LocalDateTime oldest = row.getObject(2, LocalDateTime.class);
                double age = oldest == null ? 0
                        : Math.max(0, now - oldest.toInstant(ZoneOffset.UTC).toEpochMilli()) / 1000.0;
                return new Snapshot(row.getLong(1), age, row.getLong(3), now);
            });
        } catch (RuntimeException databaseAway) {
            next = new Snapshot(Double.NaN, Double.NaN, Double.NaN, now);
        }
        snapshot = next;
        return next;
    }
}
