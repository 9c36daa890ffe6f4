package dev.commerce.customer.orderevents.application;

import dev.commerce.customer.orderevents.domain.OrderCancelled;
import dev.commerce.customer.orderevents.domain.OrderEvent;
import dev.commerce.customer.orderevents.domain.OrderPlaced;
import dev.commerce.customer.points.application.PointsService;
import dev.commerce.customer.points.application.PointsSource;
import dev.commerce.customer.preference.application.PreferenceService;
import dev.commerce.customer.preference.domain.CategoryScore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an order event exactly once: the effect (ledger, account, preferences, outgoing PointsChanged) and
 * the processed-event row commit together, so a redelivered event finds its id and changes nothing.
 * An OrderCancelled also leaves a tombstone of its order, so that an OrderPlaced arriving after it (order-service
 * resent it after an outage, or two instances sent the order's events) credits nothing and counts for no
 * preference: the order ends with zero net points whatever the arrival order.
 */
@Service
public class OrderEventProcessor {

    /** The consumer name in processed_event; the Kafka consumer group has the same name. */
    public static final String CONSUMER = "customer-service";

    public enum Outcome { APPLIED, DUPLICATE }

    private static final Logger log = LoggerFactory.getLogger(OrderEventProcessor.class);

    private final ProcessedEvents processed;
    private final PointsService points;
    private final PreferenceService preferences;
    private final CancelledOrders cancelledOrders;

    public OrderEventProcessor(ProcessedEvents processed, PointsService points, PreferenceService preferences,
                               CancelledOrders cancelledOrders) {
        this.processed = processed;
        this.points = points;
        this.preferences = preferences;
        this.cancelledOrders = cancelledOrders;
    }

    @Transactional
    public Outcome process(OrderEvent event) {
        // lock first: a duplicate delivered concurrently waits here and then sees the first one's processed row
        var account = points.lock(event.customerId());
        if (processed.isProcessed(event.eventId(), CONSUMER)) {
            return Outcome.DUPLICATE;
        }
        var source = new PointsSource(event.eventId(), event.orderNumber(), event.traceparent());
        if (event instanceof OrderPlaced placed) {
            if (cancelledOrders.isCancelled(placed.orderNumber())) {
                log.info("OrderPlaced {} of {} arrived after its cancellation: no points, no preferences",
                        placed.eventId(), placed.orderNumber());
            } else {
                points.creditOrder(account, placed.points(), source);
                preferences.recordPurchase(placed.customerId(), placed.lines().stream()
                        .map(line -> new CategoryScore(line.category(), line.quantity()))
                        .toList());
            }
        } else if (event instanceof OrderCancelled cancelled) {
            points.reverseOrder(account, source);
            cancelledOrders.remember(cancelled.orderNumber(), cancelled.customerId(), cancelled.eventId());
        }
        processed.markProcessed(event.eventId(), CONSUMER, event.type());
        return Outcome.APPLIED;
    }
}
