package dev.commerce.customer.shared.events;

import dev.commerce.customer.shared.config.CustomerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits publications that were not acknowledged (broker down, timeout) so nothing is lost while Kafka is
 * away, and purges completed ones so the table stays small.
 */
@Component
class OutboxMaintenance {

    private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final CustomerProperties.Outbox settings;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                      CustomerProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.settings = properties.outbox();
    }

    @Scheduled(initialDelayString = "${customer.outbox.resubmit-interval}",
            fixedDelayString = "${customer.outbox.resubmit-interval}")
    void resubmitIncomplete() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.resubmitOlderThan());
        } catch (RuntimeException e) {
            // the database may be briefly unavailable too; the next run tries again
            log.warn("Resubmitting incomplete event publications failed: {}", e.toString());
        }
    }

    @Scheduled(cron = "${customer.outbox.purge-cron}")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(settings.keepCompleted());
    }
}
