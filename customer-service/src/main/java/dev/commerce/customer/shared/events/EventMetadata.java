package dev.commerce.customer.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Identity of a domain event, fixed when the event is created: the outbox stores it with the event, so every
 * resubmission publishes the same id and consumers can deduplicate.
 *
 * @param traceparent W3C trace context of whatever caused the event, or null
 */
public record EventMetadata(UUID id, Instant time, String traceparent) {

    public static EventMetadata create(Clock clock, String traceparent) {
        return new EventMetadata(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MILLIS), traceparent);
    }
}
