package dev.commerce.engine.delivery.application;

/** One delivery-tracking start per order number, enforced by a primary key so concurrent starts cannot both win. */
public interface TrackingStarts {

  boolean exists(String orderNumber);

  void record(String orderNumber, String eventId);
}
