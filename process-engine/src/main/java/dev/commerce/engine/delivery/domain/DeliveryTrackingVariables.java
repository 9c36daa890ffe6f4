package dev.commerce.engine.delivery.domain;

import java.util.Set;

/** Names shared by the Kafka starter, the model, its delegate and the tracking query. */
public final class DeliveryTrackingVariables {

  public static final String PROCESS_KEY = "delivery-tracking";
  public static final String ORDER_PLACED = "OrderPlaced";
  public static final String DELIVERY_UPDATED = "DeliveryUpdated";
  public static final String ORDER_CANCELLED = "OrderCancelled";

  public static final String ORDER_NUMBER = "orderNumber";
  public static final String CUSTOMER_ID = "customerId";
  public static final String ORDER_TOTAL = "orderTotal";
  public static final String PLACED_AT = "placedAt";
  public static final String DELIVERY_STATUS = "deliveryStatus";
  public static final String DELIVERY_CARRIER = "deliveryCarrier";
  public static final String DELIVERY_TRACKING_NUMBER = "deliveryTrackingNumber";
  public static final String DELIVERY_LOCATION = "deliveryLocation";
  public static final String DELIVERY_AT = "deliveryAt";
  public static final String DELIVERY_HISTORY = "deliveryHistory";
  public static final String SHIPPED = "shipped";
  public static final String CANCEL_REASON = "cancelReason";
  public static final String CANCELLED_AT = "cancelledAt";
  public static final String APOLOGY_COUPON_CODE = "apologyCouponCode";
  public static final String APOLOGY_COUPON_ERROR = "apologyCouponError";

  /** Statuses after which the order has left the warehouse (docs/events.md DeliveryUpdated.status). */
  public static final Set<String> SHIPPED_STATUSES = Set.of("SHIPPED", "IN_TRANSIT", "DELIVERED");

  private DeliveryTrackingVariables() {
  }
}
