package dev.commerce.engine.delivery.application;

/** Consumer-side idempotency (docs/events.md): an event id is handled once per consumer. */
public interface ProcessedEvents {

  /**
   * Records the event as handled in the current transaction; false when it already was. Two concurrent
   * claims of the same id cannot both commit (primary key), so the loser is rolled back and redelivered.
   */
  boolean claim(String eventId, String consumer, String eventType);
}
