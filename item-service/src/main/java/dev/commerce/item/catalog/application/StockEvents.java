package dev.commerce.item.catalog.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.commerce.item.catalog.domain.EventMetadata;
import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.StockChangeReason;
import dev.commerce.item.catalog.domain.StockChangedEvent;
import dev.commerce.item.catalog.domain.StockDepletedEvent;
import dev.commerce.item.shared.trace.TraceContext;

/**
 * Publishes stock events inside the caller's transaction, which holds the item's row lock; the kafka adapter writes
 * them into the outbox with the state change, and the outbox relay sends them after commit.
 */
@Component
public class StockEvents {

    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TraceContext traceContext;

    public StockEvents(ApplicationEventPublisher publisher, Clock clock, TraceContext traceContext) {
        this.publisher = publisher;
        this.clock = clock;
        this.traceContext = traceContext;
    }

    /** Records a change to {@code after.stock()}, and the depletion when this change took the last unit. */
    public void changed(Item after, int delta, StockChangeReason reason, String orderNumber) {
        if (delta == 0) {
            return;
        }
        publisher.publishEvent(new StockChangedEvent(metadata(), after.id(), after.sku(), after.name(),
                after.category(), after.stock(), delta, reason, orderNumber));
        if (after.stock() == 0 && delta < 0) {
            publisher.publishEvent(new StockDepletedEvent(metadata(), after.id(), after.sku(), after.name(),
                    after.category(), orderNumber));
        }
    }

    private EventMetadata metadata() {
        return new EventMetadata(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                traceContext.current().orElse(null));
    }
}
