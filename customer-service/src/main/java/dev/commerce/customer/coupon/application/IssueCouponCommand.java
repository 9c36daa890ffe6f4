package dev.commerce.customer.coupon.application;

import java.time.LocalDate;

public record IssueCouponCommand(long customerId, String campaign, int discountPercent, String category,
                                 LocalDate validUntil, Integer validDays, String traceparent) {
}
