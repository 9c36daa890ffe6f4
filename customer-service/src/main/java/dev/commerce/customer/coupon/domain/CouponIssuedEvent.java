package dev.commerce.customer.coupon.domain;

import java.time.LocalDate;

import dev.commerce.customer.shared.events.CustomerEvent;
import dev.commerce.customer.shared.events.EventMetadata;

/** {@code data} is the CouponIssued payload of docs/events.md. */
public record CouponIssuedEvent(EventMetadata metadata, Data data) implements CustomerEvent {

    public record Data(long customerId, String code, String campaign, int discountPercent, String category,
                       LocalDate validUntil) {
    }

    public static CouponIssuedEvent of(EventMetadata metadata, Coupon coupon) {
        return new CouponIssuedEvent(metadata, new Data(coupon.customerId(), coupon.code(), coupon.campaign(),
                coupon.discountPercent(), coupon.category(), coupon.validUntil()));
    }

    @Override
    public String type() {
        return "CouponIssued";
    }

    @Override
    public long customerId() {
        return data.customerId();
    }
}
