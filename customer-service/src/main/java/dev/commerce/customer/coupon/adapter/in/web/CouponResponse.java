package dev.commerce.customer.coupon.adapter.in.web;

import java.time.LocalDate;

import dev.commerce.customer.coupon.domain.Coupon;

public record CouponResponse(String code, String campaign, int discountPercent, String category,
                             LocalDate validUntil, boolean used) {

    static CouponResponse from(Coupon coupon) {
        return new CouponResponse(coupon.code(), coupon.campaign(), coupon.discountPercent(), coupon.category(),
                coupon.validUntil(), coupon.used());
    }
}
