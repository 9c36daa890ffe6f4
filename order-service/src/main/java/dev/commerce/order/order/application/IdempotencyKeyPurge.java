package dev.commerce.order.order.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets keys older than their keep time; every replica may run it, the delete is the same on each. */
@Component
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purge() {
        try {
            int deleted = keys.deleteOlderThan(clock.instant().minus(properties.keep()));
            if (deleted > 0) {
                log.info("Forgot {} idempotency keys older than {}", deleted, properties.keep());
            }
        } catch (RuntimeException e) {
            log.warn("Purging idempotency keys failed; the next run retries: {}", e.getMessage());
        }
    }
}
