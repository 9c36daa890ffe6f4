package dev.commerce.customer.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identity of a domain event, fixed when the event is created: the outbox stores it with the event, so every
 * resubmission publishes the same id and consumers can deduplicate.
 *
 * @param traceparent W3C trace context of whatever caused the event, or null
 */
public record EventMetadata(UUID id, Instant time, String traceparent) {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    /** A traceparent that is not W3C-shaped (it came from a client or another service) is dropped, not copied. */
    public static EventMetadata create(Clock clock, String traceparent) {
        String trace = traceparent != null && TRACEPARENT.matcher(traceparent.trim()).matches()
                ? traceparent.trim() : null;
        return new EventMetadata(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MILLIS), trace);
    }
}
