package dev.commerce.customer.points.adapter.out.persistence;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PointsAccountJpaRepository extends JpaRepository<PointsAccountEntity, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointsAccountEntity a where a.customerId = :customerId")
    Optional<PointsAccountEntity> findForUpdate(@Param("customerId") long customerId);
}
