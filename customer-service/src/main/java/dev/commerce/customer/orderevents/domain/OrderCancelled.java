package dev.commerce.customer.orderevents.domain;

/** The reversal does not trust {@code data.points}: it takes back what the ledger says the order credited. */
public record OrderCancelled(String eventId, String traceparent, String orderNumber, long customerId)
        implements OrderEvent {

    public static final String TYPE = "OrderCancelled";

    @Override
    public String type() {
        return TYPE;
    }
}
