package dev.commerce.order.order.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface OrderJpaRepository extends JpaRepository<OrderEntity, Long> {

    Optional<OrderEntity> findByOrderNumber(String orderNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OrderEntity o where o.orderNumber = :orderNumber")
    Optional<OrderEntity> lockByOrderNumber(String orderNumber);

    List<OrderEntity> findByCustomerIdOrderByCreatedAtDescIdDesc(long customerId, Limit limit);
}
