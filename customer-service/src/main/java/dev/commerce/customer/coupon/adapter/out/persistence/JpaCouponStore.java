package dev.commerce.customer.coupon.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import dev.commerce.customer.coupon.application.CouponStore;
import dev.commerce.customer.coupon.domain.Coupon;

import org.springframework.stereotype.Repository;

@Repository
class JpaCouponStore implements CouponStore {

    private final CouponJpaRepository repository;

    JpaCouponStore(CouponJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Coupon> findByCampaign(long customerId, String campaign) {
        return repository.findByCustomerIdAndCampaign(customerId, campaign).map(CouponEntity::toDomain);
    }

    @Override
    public void insert(Coupon coupon) {
        repository.saveAndFlush(CouponEntity.from(coupon));
    }

    @Override
    public List<Coupon> list(long customerId) {
        return repository.findByCustomerIdOrderByIdDesc(customerId).stream().map(CouponEntity::toDomain).toList();
    }
}
