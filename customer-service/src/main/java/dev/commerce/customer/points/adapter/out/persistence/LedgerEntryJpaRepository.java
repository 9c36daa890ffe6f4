package dev.commerce.customer.points.adapter.out.persistence;

import java.util.List;

import dev.commerce.customer.points.domain.LedgerKind;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerEntryJpaRepository extends JpaRepository<LedgerEntryEntity, Long> {

    boolean existsByCustomerIdAndOrderNumberAndKind(long customerId, String orderNumber, LedgerKind kind);

    @Query("""
            select coalesce(sum(e.lifetimeDelta), 0) from LedgerEntryEntity e
            where e.customerId = :customerId and e.orderNumber = :orderNumber""")
    long sumLifetimeDelta(@Param("customerId") long customerId, @Param("orderNumber") String orderNumber);

    List<LedgerEntryEntity> findByCustomerIdOrderByIdDesc(long customerId, Limit limit);
}
