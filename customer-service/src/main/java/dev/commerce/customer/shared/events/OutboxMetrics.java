package dev.commerce.customer.shared.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code customer_outbox_incomplete}: events written but not yet acknowledged by Kafka. It grows while the
 * broker is away and drains when it is back; a value that keeps growing is the signal to act on.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("customer.outbox.incomplete", this::incomplete)
                .description("Event publications not yet acknowledged by the broker")
                .register(registry);
    }

    private double incomplete() {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .query(Long.class).single();
    }
}
