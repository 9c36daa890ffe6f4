package dev.commerce.customer.coupon.application;

import dev.commerce.customer.coupon.domain.Coupon;

/** @param created false when the customer already had a coupon of this campaign (which is returned instead) */
public record IssuedCoupon(Coupon coupon, boolean created) {
}
