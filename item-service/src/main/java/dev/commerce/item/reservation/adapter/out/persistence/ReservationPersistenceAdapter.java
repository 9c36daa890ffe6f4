package dev.commerce.item.reservation.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.commerce.item.reservation.application.OrderNumberTakenException;
import dev.commerce.item.reservation.application.ReservationStore;
import dev.commerce.item.reservation.domain.Reservation;
import dev.commerce.item.reservation.domain.ReservationStatus;
import dev.commerce.item.reservation.domain.ReservationLine;

@Repository
class ReservationPersistenceAdapter implements ReservationStore {

    private final ReservationJpaRepository repository;
    private final EntityManager entityManager;

    ReservationPersistenceAdapter(ReservationJpaRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Reservation> find(String orderNumber) {
        return repository.findWithLines(orderNumber).map(ReservationEntity::toDomain);
    }

    @Override
    public Optional<Reservation> findForUpdate(String orderNumber) {
        return repository.findLocked(orderNumber).map(ReservationEntity::toDomain);
    }

    @Override
    public void claim(String orderNumber, Instant at) {
        insert(new ReservationEntity(orderNumber, ReservationStatus.RESERVED, at));
    }

    @Override
    public void addLines(String orderNumber, List<ReservationLine> lines) {
        entityManager.find(ReservationEntity.class, orderNumber).addLines(lines);
        entityManager.flush();
    }

    @Override
    public void insertTombstone(String orderNumber, Instant at) {
        insert(new ReservationEntity(orderNumber, ReservationStatus.RELEASED, at));
    }

    @Override
    public void markReleased(String orderNumber, Instant at) {
        entityManager.find(ReservationEntity.class, orderNumber).release(at);
    }

    /** Flushes at once: the unique key must be checked (and waited for) now, not at commit. */
    private void insert(ReservationEntity entity) {
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (ConstraintViolationException taken) {
            // raised here untranslated: translation happens only when the exception leaves this bean
            throw new OrderNumberTakenException(entity.toDomain().orderNumber(), taken);
        }
    }
}
