package dev.commerce.engine.promotion.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The PromotionOffered event content (docs/events.md), one per customer and campaign. */
public record PromotionOffer(long customerId, String campaign, String couponCode, int discountPercent,
    String category, String validUntil, List<String> items) {

  /**
   * Derived from campaign and customer, so a retried job publishes the same id again and consumers drop the
   * duplicate: together with the idempotent coupon this is why no engine-side outbox is needed.
   */
  public String eventId() {
    return UUID.nameUUIDFromBytes(("PromotionOffered:" + campaign + ":" + customerId)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
