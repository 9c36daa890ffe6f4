package dev.commerce.order.platform.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this service still owes other systems: events Kafka has not acknowledged and stock releases item-service
 * has not confirmed. Both should hover at zero; a rising line is worth an alert. The outbox's own gauges
 * ({@code outbox_backlog_events}, {@code outbox_oldest_event_age_seconds}, ...) come with the support module;
 * {@code orders_outbox_incomplete} stays for the dashboards and end-to-end tests that read it (every row of the
 * outbox, parked ones included, is an event not acknowledged).
 */
@Component
class BacklogMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    BacklogMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("orders.outbox.incomplete", () -> count("SELECT COUNT(*) FROM outbox_event"))
                .description("Order events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("orders.releases.pending", () -> count("SELECT COUNT(*) FROM pending_release"))
                .description("Stock releases (and in-flight placement guards) not yet confirmed by item-service")
                .register(registry);
    }

    private double count(String sql) {
        try {
            return jdbc.sql(sql).query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
