package dev.commerce.item.reservation.adapter.out.persistence;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReservationJpaRepository extends JpaRepository<ReservationEntity, String> {

    @EntityGraph(attributePaths = "lines")
    @Query("select r from ReservationEntity r where r.orderNumber = :orderNumber")
    Optional<ReservationEntity> findWithLines(@Param("orderNumber") String orderNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReservationEntity r where r.orderNumber = :orderNumber")
    Optional<ReservationEntity> findLocked(@Param("orderNumber") String orderNumber);
}
