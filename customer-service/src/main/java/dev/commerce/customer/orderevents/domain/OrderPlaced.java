package dev.commerce.customer.orderevents.domain;

import java.util.List;

/** @param points the points the whole order earns ({@code data.points}) */
public record OrderPlaced(String eventId, String traceparent, String orderNumber, long customerId, long points,
                          List<OrderLine> lines) implements OrderEvent {

    public static final String TYPE = "OrderPlaced";

    @Override
    public String type() {
        return TYPE;
    }
}
