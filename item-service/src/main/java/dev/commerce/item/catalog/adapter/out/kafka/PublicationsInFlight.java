package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Event ids this instance is still sending, each blocked for resubmission until a deadline. Without it a slow
 * or dead broker would let the resubmission queue up copies of records that are still waiting to be sent.
 * <ul>
 * <li>published: blocked for the expiry, so a lost callback cannot block an event for ever;</li>
 * <li>acknowledged: blocked a little longer, until the registry has recorded the completion;</li>
 * <li>failed: unblocked at once, so the next resubmission round sends it again.</li>
 * </ul>
 */
class PublicationsInFlight {

    private static final Duration COMPLETION_GRACE = Duration.ofSeconds(10);

    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration expiry;

    PublicationsInFlight(Clock clock, Duration expiry) {
        this.clock = clock;
        this.expiry = expiry;
    }

    void published(String eventId) {
        blockedUntil.put(eventId, clock.instant().plus(expiry));
    }

    void acknowledged(String eventId) {
        blockedUntil.put(eventId, clock.instant().plus(COMPLETION_GRACE));
    }

    void failed(String eventId) {
        blockedUntil.remove(eventId);
    }

    /** Blocks the id for a resubmission unless it is blocked already; answers whether the caller may send. */
    boolean claim(String eventId) {
        Instant now = clock.instant();
        AtomicBoolean claimed = new AtomicBoolean();
        blockedUntil.compute(eventId, (id, until) -> {
            if (until == null || until.isBefore(now)) {
                claimed.set(true);
                return now.plus(expiry);
            }
            return until;
        });
        return claimed.get();
    }

    /** Forgets ids whose block ran out: acknowledged ones, and events of rolled-back transactions. */
    void purgeExpired() {
        Instant now = clock.instant();
        blockedUntil.values().removeIf(until -> until.isBefore(now));
    }

    int size() {
        return blockedUntil.size();
    }
}
