package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import dev.commerce.item.catalog.domain.ItemEvent;

/**
 * Sends again what the broker has not acknowledged: publications written while Kafka was down, or whose
 * acknowledgement was lost. A resubmitted publication keeps its event id, so consumers can deduplicate.
 */
class PublicationResubmitter implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PublicationResubmitter.class);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final PublicationsInFlight inFlight;
    private final ItemEventsProperties properties;
    private final Clock clock;

    PublicationResubmitter(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            PublicationsInFlight inFlight, ItemEventsProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.inFlight = inFlight;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmit, properties.resubmitInterval());
        registrar.addFixedDelayTask(this::purgeCompleted, PURGE_INTERVAL);
    }

    void resubmit() {
        inFlight.purgeExpired();
        try {
            incomplete.resubmitIncompletePublications(this::due);
        } catch (RuntimeException failure) {
            // the database may be down as well; the next round tries again
            log.warn("Could not resubmit incomplete event publications: {}", failure.getMessage());
        }
    }

    private boolean due(EventPublication publication) {
        var cutoff = clock.instant().minus(properties.resubmitAfter());
        return publication.getPublicationDate().isBefore(cutoff)
                && publication.getEvent() instanceof ItemEvent event
                && inFlight.claim(event.metadata().id().toString());
    }

    void purgeCompleted() {
        try {
            completed.deletePublicationsOlderThan(properties.keepCompleted());
        } catch (RuntimeException failure) {
            log.warn("Could not purge completed event publications: {}", failure.getMessage());
        }
    }
}
