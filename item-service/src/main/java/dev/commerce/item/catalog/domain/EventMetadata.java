package dev.commerce.item.catalog.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Identity of a domain event, fixed when the event is created inside the state-changing transaction:
 * every redelivery of the stored publication carries the same id, which is what consumers deduplicate by.
 */
public record EventMetadata(UUID id, Instant occurredAt, String traceparent) {
}
