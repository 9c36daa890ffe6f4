package dev.commerce.order.delivery.adapter.in.web;

import dev.commerce.order.order.domain.OrderStatus;
import dev.commerce.order.order.domain.TrackingEntry;

import java.time.Instant;

public record TrackingEntryResponse(OrderStatus status, String location, Instant at) {

    static TrackingEntryResponse from(TrackingEntry entry) {
        return new TrackingEntryResponse(entry.status(), entry.location(), entry.at());
    }
}
