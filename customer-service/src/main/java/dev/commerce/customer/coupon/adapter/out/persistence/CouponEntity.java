package dev.commerce.customer.coupon.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;

import dev.commerce.customer.coupon.domain.Coupon;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "coupon")
class CouponEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 80)
    private String campaign;

    @Column(name = "discount_percent", nullable = false)
    private int discountPercent;

    @Column(length = 40)
    private String category;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false)
    private boolean used;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected CouponEntity() {
    }

    static CouponEntity from(Coupon coupon) {
        var entity = new CouponEntity();
        entity.customerId = coupon.customerId();
        entity.code = coupon.code();
        entity.campaign = coupon.campaign();
        entity.discountPercent = coupon.discountPercent();
        entity.category = coupon.category();
        entity.validUntil = coupon.validUntil();
        entity.used = coupon.used();
        entity.issuedAt = coupon.issuedAt();
        return entity;
    }

    Coupon toDomain() {
        return new Coupon(customerId, code, campaign, discountPercent, category, validUntil, used, issuedAt);
    }
}
