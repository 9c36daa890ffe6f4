package dev.commerce.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What this relay does: {@code outbox_sends_total}, {@code outbox_acks_total}, {@code outbox_failures_total{kind}},
 * {@code outbox_parked_total} and {@code outbox_lanes_owned}, tagged with the relay's instance id.
 */
final class RelayMetrics {

    private final Counter sends;
    private final Counter acks;
    private final Counter parked;
    private final Map<SendFailure, Counter> failures = new EnumMap<>(SendFailure.class);

    RelayMetrics(MeterRegistry registry, String instanceId, Supplier<Number> lanesOwned) {
        sends = Counter.builder("outbox.sends").tag("instance", instanceId)
                .description("Outbox records handed to the Kafka producer").register(registry);
        acks = Counter.builder("outbox.acks").tag("instance", instanceId)
                .description("Outbox records Kafka acknowledged").register(registry);
        parked = Counter.builder("outbox.parked").tag("instance", instanceId)
                .description("Outbox records set aside after failing on their own account").register(registry);
        for (SendFailure kind : SendFailure.values()) {
            failures.put(kind, Counter.builder("outbox.failures").tag("instance", instanceId)
                    .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Failed sends of outbox records").register(registry));
        }
        Gauge.builder("outbox.lanes.owned", lanesOwned).tag("instance", instanceId)
                .description("Outbox lanes this relay holds the lease of").register(registry);
    }

    void sent() {
        sends.increment();
    }

    void acknowledged(int count) {
        acks.increment(count);
    }

    void failed(SendFailure kind) {
        failures.get(kind).increment();
    }

    void parked() {
        parked.increment();
    }
}
