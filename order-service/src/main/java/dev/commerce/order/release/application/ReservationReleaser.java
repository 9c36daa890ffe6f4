package dev.commerce.order.release.application;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import dev.commerce.order.order.application.StockReservations;
import dev.commerce.order.release.domain.PendingRelease;
import dev.commerce.order.release.domain.ReleaseBackoff;
import dev.commerce.order.release.domain.ReleaseReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes sure no reservation outlives its order: every reservation is covered by a pending-release row from
 * before the reserve call until the order that owns it is stored, and every cancellation writes one. A row is only
 * removed once item-service confirmed the release (its DELETE is idempotent), so retries are always safe.
 */
@Service
public class ReservationReleaser {

    private static final Logger log = LoggerFactory.getLogger(ReservationReleaser.class);

    private final PendingReleases releases;
    private final StockReservations reservations;
    private final ReleaseProperties properties;
    private final ReleaseBackoff backoff;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final ReleaseAttemptExecutor executor;

    public ReservationReleaser(PendingReleases releases, StockReservations reservations, ReleaseProperties properties,
                               Clock clock, PlatformTransactionManager transactionManager,
                               ReleaseAttemptExecutor executor) {
        this.releases = releases;
        this.reservations = reservations;
        this.properties = properties;
        this.backoff = new ReleaseBackoff(properties.initialBackoff(), properties.maxBackoff());
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
    }

    /** Joins the caller's transaction: covers the reservation about to be made for {@code orderNumber}. */
    public void guard(String orderNumber) {
        Instant now = clock.instant();
        releases.add(PendingRelease.due(orderNumber, ReleaseReason.PLACEMENT, now, now.plus(properties.guardDelay())));
    }

    /**
     * Joins the order's transaction: the order now owns the reservation. Fails, rolling the order back, when a
     * release has already started (the placement outlived the guard delay).
     */
    public void confirmOrderStored(String orderNumber) {
        if (!releases.removeUnclaimed(orderNumber)) {
            throw new PlacementExpiredException(orderNumber);
        }
    }

    /** item-service certainly reserved nothing (refused or never called): the guard can go. */
    public void reservationNotTaken(String orderNumber) {
        try {
            ownTransaction.executeWithoutResult(status -> releases.removeUnclaimed(orderNumber));
        } catch (DataAccessException | TransactionException e) {
            // The guard stays and its release later is a harmless no-op in item-service.
            log.warn("Could not drop the release guard of {}: {}", orderNumber, e.getMessage());
        }
    }

    /** The placement failed after the reservation may have landed: release it now, and until confirmed. */
    public void releaseNow(String orderNumber) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> releases.dueNow(orderNumber, ReleaseReason.PLACEMENT, clock.instant()));
        } catch (DataAccessException | TransactionException e) {
            log.error("Could not record the pending release of {}; trying it directly: {}", orderNumber,
                    e.getMessage());
        }
        attemptSoon(orderNumber);
    }

    /** Joins the cancellation's transaction; call {@link #attemptSoon} once it committed. */
    public void scheduleCancellationRelease(String orderNumber) {
        Instant now = clock.instant();
        releases.add(PendingRelease.due(orderNumber, ReleaseReason.CANCELLATION, now,
                now.plus(properties.initialBackoff())));
    }

    /** Tries the release off the caller's thread; whatever fails there is retried on the schedule. */
    public void attemptSoon(String orderNumber) {
        executor.submit(() -> attempt(orderNumber));
    }

    /** One release attempt; returns whether item-service confirmed it. */
    public boolean attempt(String orderNumber) {
        Optional<PendingRelease> pending;
        try {
            pending = releases.find(orderNumber);
        } catch (DataAccessException | TransactionException e) {
            return releaseUntracked(orderNumber, e);
        }
        if (pending.isEmpty()) {
            return false;
        }
        int attempts = pending.get().attempts();
        Instant next = clock.instant().plus(backoff.afterAttempt(attempts + 1));
        if (!releases.claim(orderNumber, attempts, next)) {
            return false;
        }
        try {
            reservations.release(orderNumber);
        } catch (DownstreamUnavailableException e) {
            releases.recordError(orderNumber, e.getMessage());
            log.warn("Release of {} failed (attempt {}), retrying after {}: {}", orderNumber, attempts + 1, next,
                    e.getMessage());
            return false;
        }
        releases.remove(orderNumber);
        log.info("Released the reservation of {} ({})", orderNumber, pending.get().reason());
        return true;
    }

    private boolean releaseUntracked(String orderNumber, RuntimeException databaseFailure) {
        log.error("Pending releases unreadable ({}); releasing {} without a record", databaseFailure.getMessage(),
                orderNumber);
        try {
            reservations.release(orderNumber);
            return true;
        } catch (DownstreamUnavailableException e) {
            log.error("Reservation {} may be left in item-service: release failed and could not be recorded",
                    orderNumber);
            return false;
        }
    }
}
