package dev.commerce.item.reservation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.commerce.item.reservation.domain.Reservation;
import dev.commerce.item.reservation.domain.ReservationLine;

public interface ReservationStore {

    Optional<Reservation> find(String orderNumber);

    /** Reads and locks the reservation until the transaction ends. */
    Optional<Reservation> findForUpdate(String orderNumber);

    /**
     * Inserts the RESERVED header at once, so that a concurrent request for the same order number waits on the
     * key here, before it touches any stock.
     *
     * @throws OrderNumberTakenException when the order number is already used
     */
    void claim(String orderNumber, Instant at);

    /** Writes the lines at once rather than at commit. */
    void addLines(String orderNumber, List<ReservationLine> lines);

    /** @throws OrderNumberTakenException when the order number is already used */
    void insertTombstone(String orderNumber, Instant at);

    void markReleased(String orderNumber, Instant at);
}
