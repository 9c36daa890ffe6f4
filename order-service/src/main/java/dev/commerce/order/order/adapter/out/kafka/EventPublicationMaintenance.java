package dev.commerce.order.order.adapter.out.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Resends publications Kafka never acknowledged (broker down, timeout) and trims completed ones. A resend may
 * duplicate a record whose acknowledgement was lost; consumers deduplicate by event id.
 */
@Component
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final OrderEventsProperties properties;
    private final ThreadPoolTaskExecutor outbox;

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                OrderEventsProperties properties,
                                @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor outbox) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${commerce.orders.events.resubmit-interval:PT15S}",
            initialDelayString = "${commerce.orders.events.resubmit-interval:PT15S}")
    public void resubmitIncomplete() {
        if (outbox.getQueueSize() > 0 || outbox.getActiveCount() > 0) {
            // Earlier sends (or the last round) are still waiting, e.g. on a broker that is down: queueing every
            // incomplete publication again each round would pile up duplicates.
            log.debug("Outbox busy; resubmission skipped this round");
            return;
        }
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        } catch (RuntimeException e) {
            log.warn("Resubmitting event publications failed; next run retries: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purgeCompleted() {
        try {
            completed.deletePublicationsOlderThan(properties.purgeCompletedAfter());
        } catch (RuntimeException e) {
            log.warn("Purging completed event publications failed: {}", e.getMessage());
        }
    }
}
