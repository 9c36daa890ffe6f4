package dev.commerce.customer.points.application;

import java.time.Clock;
import java.util.Optional;

import dev.commerce.customer.customer.domain.CustomerNotFoundException;
import dev.commerce.customer.points.domain.LedgerEntry;
import dev.commerce.customer.points.domain.LedgerKind;
import dev.commerce.customer.points.domain.PointsAccount;
import dev.commerce.customer.points.domain.PointsChangedEvent;
import dev.commerce.customer.points.domain.PointsMovement;
import dev.commerce.customer.points.domain.PointsStatement;
import dev.commerce.customer.points.domain.UnknownCustomerException;
import dev.commerce.customer.shared.events.EventMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits and reverses order points. Callers lock the account first ({@link #lock}) and keep the lock for the
 * whole transaction, so concurrent events for one customer are applied one after the other and none is lost.
 */
@Service
public class PointsService {

    private static final Logger log = LoggerFactory.getLogger(PointsService.class);

    private final PointsAccounts accounts;
    private final PointsLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PointsService(PointsAccounts accounts, PointsLedger ledger, ApplicationEventPublisher events,
                         Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PointsAccount lock(long customerId) {
        return accounts.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
    }

    /** Credits an order's points once per order, whatever event id it comes with. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PointsMovement> creditOrder(PointsAccount locked, long points, PointsSource source) {
        if (points <= 0) {
            return Optional.empty();
        }
        if (ledger.hasEntry(locked.customerId(), source.orderNumber(), LedgerKind.ORDER_PLACED)) {
            log.warn("Order {} was already credited to customer {}; event {} changes nothing",
                    source.orderNumber(), locked.customerId(), source.eventId());
            return Optional.empty();
        }
        var movement = locked.credit(points);
        record(movement, LedgerKind.ORDER_PLACED, "ORDER_PLACED " + source.orderNumber(), source);
        return Optional.of(movement);
    }

    /** Reverses what the order still holds; an order that credited nothing reverses nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PointsMovement> reverseOrder(PointsAccount locked, PointsSource source) {
        long held = ledger.lifetimeHeldBy(locked.customerId(), source.orderNumber());
        if (held <= 0 || ledger.hasEntry(locked.customerId(), source.orderNumber(), LedgerKind.ORDER_CANCELLED)) {
            return Optional.empty();
        }
        var movement = locked.reverse(held);
        String reason = "ORDER_CANCELLED " + source.orderNumber();
        if (-movement.delta() < held) {
            reason += " (credited " + held + ", balance had " + -movement.delta() + ")";
        }
        record(movement, LedgerKind.ORDER_CANCELLED, reason, source);
        return Optional.of(movement);
    }

    @Transactional(readOnly = true)
    public PointsStatement statement(long customerId, int limit) {
        var account = accounts.find(customerId).orElseThrow(() -> CustomerNotFoundException.byId(customerId));
        return new PointsStatement(account, ledger.latest(customerId, limit));
    }

    private void record(PointsMovement movement, LedgerKind kind, String reason, PointsSource source) {
        var after = movement.after();
        accounts.update(after);
        ledger.append(new LedgerEntry(after.customerId(), source.eventId(), kind, source.orderNumber(),
                movement.delta(), movement.lifetimeDelta(), after.balance(), reason, clock.instant()));
        events.publishEvent(PointsChangedEvent.of(EventMetadata.create(clock, source.traceparent()), movement,
                reason, source.eventId()));
    }
}
