package dev.commerce.customer.orderevents.application;

public interface ProcessedEvents {

    boolean isProcessed(String eventId, String consumer);

    void markProcessed(String eventId, String consumer, String eventType);
}
