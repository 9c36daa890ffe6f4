package dev.commerce.item.catalog.adapter.out.kafka;

import org.springframework.context.event.EventListener;

import dev.commerce.item.catalog.domain.ItemEvent;

/**
 * Marks an event in flight the moment it is published, inside its transaction: from then until the broker
 * answers, the resubmission leaves it alone even while it still waits in the send queue.
 */
class PublishedEventTracker {

    private final PublicationsInFlight inFlight;

    PublishedEventTracker(PublicationsInFlight inFlight) {
        this.inFlight = inFlight;
    }

    @EventListener
    void on(ItemEvent event) {
        inFlight.published(event.metadata().id().toString());
    }
}
