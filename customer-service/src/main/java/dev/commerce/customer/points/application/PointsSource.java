package dev.commerce.customer.points.application;

/** What caused a points change: the id of the inbound event (also the ledger's eventId), its order and trace. */
public record PointsSource(String eventId, String orderNumber, String traceparent) {
}
