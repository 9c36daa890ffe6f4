package dev.commerce.customer.points.domain;

import dev.commerce.customer.customer.domain.Grade;
import dev.commerce.customer.shared.events.CustomerEvent;
import dev.commerce.customer.shared.events.EventMetadata;

/** Published on every ledger change; {@code data} is the PointsChanged payload of docs/events.md. */
public record PointsChangedEvent(EventMetadata metadata, Data data) implements CustomerEvent {

    public record Data(long customerId, long delta, long balance, long lifetime, Grade grade, Grade previousGrade,
                       String reason, String sourceEventId) {
    }

    public static PointsChangedEvent of(EventMetadata metadata, PointsMovement movement, String reason,
                                        String sourceEventId) {
        var after = movement.after();
        return new PointsChangedEvent(metadata, new Data(after.customerId(), movement.delta(), after.balance(),
                after.lifetime(), after.grade(), movement.before().grade(), reason, sourceEventId));
    }

    @Override
    public String type() {
        return "PointsChanged";
    }

    @Override
    public long customerId() {
        return data.customerId();
    }
}
