package dev.commerce.customer.coupon.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouponJpaRepository extends JpaRepository<CouponEntity, Long> {

    Optional<CouponEntity> findByCustomerIdAndCampaign(long customerId, String campaign);

    List<CouponEntity> findByCustomerIdOrderByIdDesc(long customerId);
}
