package dev.commerce.order.order.adapter.out.kafka;

import dev.commerce.order.order.domain.OrderEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the events of one order in commit order on Kafka. An event may be sent only when every earlier event of
 * its order has been acknowledged: consumers such as customer-service must never see an OrderCancelled before the
 * OrderPlaced it undoes. Events that must wait fail fast and stay incomplete in the outbox; the resubmission sends
 * them again, oldest first.
 *
 * <p>The outbox table is the truth: each resubmission round rebuilds this view from its incomplete publications
 * (oldest first), which also forgets events another instance has completed meanwhile.
 */
final class OrderSendSequence {

    private final Map<String, Deque<UUID>> unacknowledged = new HashMap<>();
    private final Set<UUID> acknowledgedDuringRebuild = new HashSet<>();
    private boolean rebuilding;

    /** Registers the event (behind the order's earlier ones) and answers whether it is its order's next one. */
    synchronized boolean isNextOfItsOrder(OrderEvent event) {
        Deque<UUID> waiting = unacknowledged.computeIfAbsent(event.orderNumber(), order -> new ArrayDeque<>());
        if (!waiting.contains(event.eventId())) {
            waiting.addLast(event.eventId());
        }
        return event.eventId().equals(waiting.peekFirst());
    }

    synchronized void acknowledged(OrderEvent event) {
        Deque<UUID> waiting = unacknowledged.get(event.orderNumber());
        if (waiting != null) {
            waiting.remove(event.eventId());
            if (waiting.isEmpty()) {
                unacknowledged.remove(event.orderNumber());
            }
        }
        if (rebuilding) {
            acknowledgedDuringRebuild.add(event.eventId());
        }
    }

    /** Call before reading the outbox, so an acknowledgement that races the read is not undone by the rebuild. */
    synchronized void startRebuild() {
        rebuilding = true;
        acknowledgedDuringRebuild.clear();
    }

    /** Replaces the view by the outbox's incomplete events, which must come oldest first. */
    synchronized void rebuild(List<? extends OrderEvent> incompleteOldestFirst) {
        unacknowledged.clear();
        for (OrderEvent event : incompleteOldestFirst) {
            if (!acknowledgedDuringRebuild.contains(event.eventId())) {
                isNextOfItsOrder(event);
            }
        }
        acknowledgedDuringRebuild.clear();
        rebuilding = false;
    }

    /** The outbox could not be read: keep the current view. */
    synchronized void abandonRebuild() {
        acknowledgedDuringRebuild.clear();
        rebuilding = false;
    }

    /** Orders that have at least one event Kafka has not acknowledged yet. */
    synchronized int ordersWaiting() {
        return unacknowledged.size();
    }
}
