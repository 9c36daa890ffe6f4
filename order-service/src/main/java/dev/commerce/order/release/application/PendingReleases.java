package dev.commerce.order.release.application;

import dev.commerce.order.release.domain.PendingRelease;
import dev.commerce.order.release.domain.ReleaseReason;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The durable list of releases still owed to item-service. Each call joins the caller's transaction if any. */
public interface PendingReleases {

    void add(PendingRelease release);

    /** Removes the row only if no release attempt has started; {@code false} otherwise or when absent. */
    boolean removeUnclaimed(String orderNumber);

    /** Makes the release due at {@code now}, recording it if it is not known yet. */
    void dueNow(String orderNumber, ReleaseReason reason, Instant now);

    Optional<PendingRelease> find(String orderNumber);

    List<PendingRelease> findDue(Instant now, int limit);

    /** Starts attempt {@code expectedAttempts + 1} if nobody else did; the winner alone calls item-service. */
    boolean claim(String orderNumber, int expectedAttempts, Instant nextAttemptAt);

    void remove(String orderNumber);

    void recordError(String orderNumber, String error);
}
