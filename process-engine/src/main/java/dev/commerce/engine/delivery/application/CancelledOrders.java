package dev.commerce.engine.delivery.application;

/** Orders cancelled before their OrderPlaced arrived: their delivery tracking must never start. */
public interface CancelledOrders {

  boolean isCancelled(String orderNumber);

  /** Once per order number (primary key); a second cancel of the same order keeps the first row. */
  void remember(String orderNumber, String eventId);
}
