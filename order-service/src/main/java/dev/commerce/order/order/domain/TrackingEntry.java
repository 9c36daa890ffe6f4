package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.Objects;

/** One step of an order's timeline: the status reached, where (if known) and when. */
public record TrackingEntry(OrderStatus status, String location, Instant at) {

    public TrackingEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
