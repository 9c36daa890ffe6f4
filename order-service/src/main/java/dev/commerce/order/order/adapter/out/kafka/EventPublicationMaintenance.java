package dev.commerce.order.order.adapter.out.kafka;

import dev.commerce.order.order.domain.OrderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Resends publications Kafka never acknowledged (broker down, timeout) and trims completed ones. A resend may
 * duplicate a record whose acknowledgement was lost; consumers deduplicate by event id.
 *
 * <p>A round first rebuilds the per-order send sequence from the outbox, then lets one send through as a probe of
 * the broker, then resubmits oldest first on the one outbox thread: an order's events go out in commit order, and an
 * order whose oldest event fails again keeps its later events back.
 */
@Component
class EventPublicationMaintenance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventPublicationRegistry registry;
    private final OrderEventsProperties properties;
    private final ThreadPoolTaskExecutor outbox;
    private final OrderSendSequence sequence;
    private final BrokerGate gate;

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                EventPublicationRegistry registry, OrderEventsProperties properties,
                                @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor outbox,
                                OrderSendSequence sequence, BrokerGate gate) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.registry = registry;
        this.properties = properties;
        this.outbox = outbox;
        this.sequence = sequence;
        this.gate = gate;
    }

    /** Events left incomplete by an earlier run go before any new event of the same order. */
    @Override
    public void afterSingletonsInstantiated() {
        rebuildSequence();
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
        if (!rebuildSequence()) {
            return;
        }
        gate.allowProbe();
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

    private boolean rebuildSequence() {
        sequence.startRebuild();
        try {
            List<OrderEvent> waiting = registry.findIncompletePublications().stream()
                    .map(EventPublicationMaintenance::orderEvent)
                    .flatMap(Optional::stream)
                    .toList();
            sequence.rebuild(waiting);
            if (!waiting.isEmpty()) {
                log.info("Order events waiting for Kafka: {} of {} orders{}", waiting.size(), sequence.ordersWaiting(),
                        gate.isClosed() ? " (broker unreachable at the last attempt)" : "");
            }
            return true;
        } catch (RuntimeException e) {
            sequence.abandonRebuild();
            log.warn("Reading the incomplete event publications failed; next run retries: {}", e.getMessage());
            return false;
        }
    }

    private static Optional<OrderEvent> orderEvent(TargetEventPublication publication) {
        try {
            return publication.getEvent() instanceof OrderEvent event ? Optional.of(event) : Optional.empty();
        } catch (RuntimeException unreadable) {
            // Spring Modulith cannot resubmit it either; it must not stop the other orders' events
            log.warn("Event publication {} cannot be read: {}", publication.getIdentifier(), unreadable.getMessage());
            return Optional.empty();
        }
    }
}
