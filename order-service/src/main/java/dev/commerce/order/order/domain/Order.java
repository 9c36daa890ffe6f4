package dev.commerce.order.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The order aggregate: its lines, its status machine and its delivery timeline. */
public final class Order {

    private final String orderNumber;
    private final long customerId;
    private final List<OrderLine> lines;
    private final Instant createdAt;
    private final List<TrackingEntry> timeline;
    private OrderStatus status;
    private String carrier;
    private String trackingNumber;
    private String cancelReason;

    private Order(String orderNumber, long customerId, List<OrderLine> lines, Instant createdAt, OrderStatus status,
                  List<TrackingEntry> timeline, String carrier, String trackingNumber, String cancelReason) {
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.customerId = customerId;
        this.lines = List.copyOf(lines);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.timeline = new ArrayList<>(timeline);
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.cancelReason = cancelReason;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
    }

    public static Order place(String orderNumber, long customerId, List<OrderLine> lines, Instant now) {
        return new Order(orderNumber, customerId, lines, now, OrderStatus.PLACED,
                List.of(new TrackingEntry(OrderStatus.PLACED, null, now)), null, null, null);
    }

    public static Order restore(String orderNumber, long customerId, List<OrderLine> lines, Instant createdAt,
                                OrderStatus status, List<TrackingEntry> timeline, String carrier,
                                String trackingNumber, String cancelReason) {
        return new Order(orderNumber, customerId, lines, createdAt, status, timeline, carrier, trackingNumber,
                cancelReason);
    }

    /**
     * Cancels the order. Returns {@code false} when it was already cancelled, so a repeated request changes
     * nothing and emits nothing.
     */
    public boolean cancel(String reason, Instant now) {
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        if (status.isShippedOrLater()) {
            throw new OrderConflictException(
                    "Order " + orderNumber + " is " + status + " and can no longer be cancelled.");
        }
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
        timeline.add(new TrackingEntry(OrderStatus.CANCELLED, null, now));
        return true;
    }

    /** Moves the order one delivery step forward; anything but the next step is a conflict. */
    public TrackingEntry advanceDelivery(OrderStatus target, String newCarrier, String newTrackingNumber,
                                         String location, Instant now) {
        Objects.requireNonNull(target, "target");
        if (status == OrderStatus.CANCELLED) {
            throw new OrderConflictException("Order " + orderNumber + " is cancelled; no delivery step is possible.");
        }
        OrderStatus expected = status.nextDeliveryStep().orElseThrow(() -> new OrderConflictException(
                "Order " + orderNumber + " is " + status + "; no further delivery step is possible."));
        if (target != expected) {
            throw new OrderConflictException("Order " + orderNumber + " is " + status + "; the next delivery step is "
                    + expected + ", not " + target + ".");
        }
        if (target.isShippedOrLater() && (isBlank(newCarrier) || isBlank(newTrackingNumber))) {
            throw new TrackingDetailsMissingException(target);
        }
        if (!isBlank(newCarrier)) {
            carrier = newCarrier;
        }
        if (!isBlank(newTrackingNumber)) {
            trackingNumber = newTrackingNumber;
        }
        status = target;
        TrackingEntry entry = new TrackingEntry(target, location, now);
        timeline.add(entry);
        return entry;
    }

    public long total() {
        return lines.stream().mapToLong(OrderLine::lineTotal).reduce(0, Math::addExact);
    }

    public long points() {
        return lines.stream().mapToLong(OrderLine::linePoints).reduce(0, Math::addExact);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String orderNumber() {
        return orderNumber;
    }

    public long customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public OrderStatus status() {
        return status;
    }

    public List<TrackingEntry> timeline() {
        return List.copyOf(timeline);
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
