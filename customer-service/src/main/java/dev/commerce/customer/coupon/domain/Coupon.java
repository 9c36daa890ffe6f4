package dev.commerce.customer.coupon.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A discount coupon; at most one per customer and campaign. {@code category} null means any category. */
public record Coupon(long customerId, String code, String campaign, int discountPercent, String category,
                     LocalDate validUntil, boolean used, Instant issuedAt) {

    public boolean isUsableOn(LocalDate day) {
        return !used && !validUntil.isBefore(day);
    }
}
