package dev.commerce.item.reservation.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import dev.commerce.item.catalog.application.ItemNotFoundException;
import dev.commerce.item.catalog.application.StockEvents;
import dev.commerce.item.catalog.application.StockStore;
import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.StockChangeReason;
import dev.commerce.item.reservation.domain.RequestedLine;
import dev.commerce.item.reservation.domain.RequestedLines;
import dev.commerce.item.reservation.domain.Reservation;
import dev.commerce.item.reservation.domain.ReservationLine;
import dev.commerce.item.reservation.domain.ReservationStatus;
import dev.commerce.item.shared.tx.Transactions;

/**
 * All-or-nothing stock reservations, idempotent by order number. Every stock row is changed by one conditional
 * update in ascending item id order, inside one transaction that also stores the reservation and its events.
 */
@Service
public class ReservationService {

    private final ReservationStore reservations;
    private final StockStore stock;
    private final StockEvents stockEvents;
    private final Transactions transactions;
    private final Clock clock;

    public ReservationService(ReservationStore reservations, StockStore stock, StockEvents stockEvents,
            Transactions transactions, Clock clock) {
        this.reservations = reservations;
        this.stock = stock;
        this.stockEvents = stockEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReservationOutcome reserve(String orderNumber, RequestedLines requested) {
        var existing = reservations.find(orderNumber);
        if (existing.isPresent()) {
            return repeated(existing.get(), requested);
        }
        try {
            return new ReservationOutcome(transactions.write(() -> reserveNew(orderNumber, requested)), true);
        } catch (OrderNumberTakenException lostRace) {
            var winner = reservations.find(orderNumber).orElseThrow(() -> lostRace);
            return repeated(winner, requested);
        }
    }

    public void release(String orderNumber) {
        try {
            transactions.write(() -> releaseOrLeaveTombstone(orderNumber));
        } catch (OrderNumberTakenException reservedMeanwhile) {
            // a reservation committed between our lookup and our tombstone: now there is a row to release
            transactions.write(() -> releaseOrLeaveTombstone(orderNumber));
        }
    }

    public Reservation get(String orderNumber) {
        return reservations.find(orderNumber).orElseThrow(() -> new ReservationNotFoundException(orderNumber));
    }

    /**
     * The lines are written after the stock rows are locked: their foreign key check takes a shared lock on the
     * item row, and a shared lock taken before the update would deadlock two reservations of the same item.
     */
    private Reservation reserveNew(String orderNumber, RequestedLines requested) {
        reservations.claim(orderNumber, clock.instant());
        Map<Long, Item> items = stock.current(requested.itemIds());
        requested.itemIds().stream().filter(id -> !items.containsKey(id)).findFirst().ifPresent(missing -> {
            throw ItemNotFoundException.byId(missing);
        });
        List<ReservationLine> lines = requested.lines().stream()
                .map(line -> lineOf(items.get(line.itemId()), line.quantity()))
                .toList();
        for (RequestedLine line : requested.inLockOrder()) {
            Item after = stock.take(line.itemId(), line.quantity()).orElseThrow(() -> shortOf(line));
            stockEvents.changed(after, -line.quantity(), StockChangeReason.RESERVED, orderNumber);
        }
        reservations.addLines(orderNumber, lines);
        return new Reservation(orderNumber, ReservationStatus.RESERVED, lines);
    }

    /** Price and points per unit as they are now, which is when the stock is taken. */
    private static ReservationLine lineOf(Item item, int quantity) {
        return new ReservationLine(item.id(), item.sku(), item.name(), item.category(), quantity, item.price(),
                item.points());
    }

    private InsufficientStockException shortOf(RequestedLine line) {
        Item current = stock.current(line.itemId()).orElseThrow(() -> ItemNotFoundException.byId(line.itemId()));
        return new InsufficientStockException(current, line.quantity());
    }

    private ReservationOutcome repeated(Reservation existing, RequestedLines requested) {
        if (!existing.isReserved()) {
            throw new ReservationConflictException("Order " + existing.orderNumber()
                    + " was released; its order number cannot reserve stock again");
        }
        if (!requested.sameAs(existing.lines())) {
            throw new ReservationConflictException("Order " + existing.orderNumber()
                    + " already holds a reservation with different lines");
        }
        return new ReservationOutcome(existing, false);
    }

    private Void releaseOrLeaveTombstone(String orderNumber) {
        var existing = reservations.findForUpdate(orderNumber);
        if (existing.isEmpty()) {
            reservations.insertTombstone(orderNumber, clock.instant());
            return null;
        }
        Reservation reservation = existing.get();
        if (!reservation.isReserved()) {
            return null;
        }
        reservation.lines().stream()
                .sorted((a, b) -> Long.compare(a.itemId(), b.itemId()))
                .forEach(line -> {
                    Item after = stock.giveBack(line.itemId(), line.quantity());
                    stockEvents.changed(after, line.quantity(), StockChangeReason.RELEASED, orderNumber);
                });
        reservations.markReleased(orderNumber, clock.instant());
        return null;
    }
}
