package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Event ids with a send attempt under way in this instance. Resubmission skips them, so a slow or dead broker
 * never piles up copies of the same record in the send queue. An entry older than the expiry no longer counts:
 * a lost callback cannot block an event forever.
 */
class PublicationsInFlight {

    private final Map<String, Instant> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration expiry;

    PublicationsInFlight(Clock clock, Duration expiry) {
        this.clock = clock;
        this.expiry = expiry;
    }

    void started(String eventId) {
        attempts.put(eventId, clock.instant());
    }

    void finished(String eventId) {
        attempts.remove(eventId);
    }

    /** Registers an attempt unless one is under way; answers whether the caller may send. */
    boolean claim(String eventId) {
        Instant now = clock.instant();
        AtomicBoolean claimed = new AtomicBoolean();
        attempts.compute(eventId, (id, since) -> {
            if (since == null || since.plus(expiry).isBefore(now)) {
                claimed.set(true);
                return now;
            }
            return since;
        });
        return claimed.get();
    }

    int size() {
        return attempts.size();
    }
}
