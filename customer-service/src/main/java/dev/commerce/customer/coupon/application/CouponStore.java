package dev.commerce.customer.coupon.application;

import java.util.List;
import java.util.Optional;

import dev.commerce.customer.coupon.domain.Coupon;

public interface CouponStore {

    Optional<Coupon> findByCampaign(long customerId, String campaign);

    /** Inserts and flushes, so a duplicate campaign or code fails here with DataIntegrityViolationException. */
    void insert(Coupon coupon);

    /** Newest first. */
    List<Coupon> list(long customerId);
}
