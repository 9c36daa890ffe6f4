package dev.commerce.order.order.domain;

import java.util.Optional;

/** Order life cycle: the delivery steps in their only legal order, and CANCELLED (only before SHIPPED). */
public enum OrderStatus {
    PLACED, PACKED, SHIPPED, IN_TRANSIT, DELIVERED, CANCELLED;

    public Optional<OrderStatus> nextDeliveryStep() {
        return switch (this) {
            case PLACED -> Optional.of(PACKED);
            case PACKED -> Optional.of(SHIPPED);
            case SHIPPED -> Optional.of(IN_TRANSIT);
            case IN_TRANSIT -> Optional.of(DELIVERED);
            case DELIVERED, CANCELLED -> Optional.empty();
        };
    }

    /** From SHIPPED on the parcel is with a carrier: it can no longer be cancelled and needs tracking data. */
    public boolean isShippedOrLater() {
        return this == SHIPPED || this == IN_TRANSIT || this == DELIVERED;
    }
}
