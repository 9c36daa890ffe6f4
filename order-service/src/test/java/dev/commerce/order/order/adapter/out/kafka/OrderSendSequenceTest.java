package dev.commerce.order.order.adapter.out.kafka;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderCancelledEvent;
import dev.commerce.order.order.domain.OrderEvent;
import dev.commerce.order.order.domain.OrderLine;
import dev.commerce.order.order.domain.OrderPlacedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderSendSequenceTest {

    private final OrderSendSequence sequence = new OrderSendSequence();

    private final OrderEvent placedA = placed("ORD-20261120-0001");
    private final OrderEvent cancelledA = cancelled("ORD-20261120-0001");
    private final OrderEvent placedB = placed("ORD-20261120-0002");

    @Test
    void anEventWaitsUntilTheEarlierEventOfItsOrderIsAcknowledged() {
        assertThat(sequence.isNextOfItsOrder(placedA)).isTrue();
        assertThat(sequence.isNextOfItsOrder(cancelledA)).as("OrderPlaced not acknowledged yet").isFalse();
        assertThat(sequence.isNextOfItsOrder(placedB)).as("another order is not held up").isTrue();

        sequence.acknowledged(placedA);

        assertThat(sequence.isNextOfItsOrder(cancelledA)).isTrue();
        sequence.acknowledged(cancelledA);
        sequence.acknowledged(placedB);
        assertThat(sequence.ordersWaiting()).isZero();
    }

    @Test
    void aFailedEventStaysFirstAndItsResendGoesBeforeTheHeldBackOne() {
        assertThat(sequence.isNextOfItsOrder(placedA)).isTrue();
        // its send failed: nothing acknowledged
        assertThat(sequence.isNextOfItsOrder(cancelledA)).isFalse();

        // the resubmission round, oldest first
        assertThat(sequence.isNextOfItsOrder(placedA)).isTrue();
        assertThat(sequence.isNextOfItsOrder(cancelledA)).as("the resend failed again").isFalse();
        assertThat(sequence.isNextOfItsOrder(placedA)).isTrue();
        sequence.acknowledged(placedA);
        assertThat(sequence.isNextOfItsOrder(cancelledA)).isTrue();
    }

    @Test
    void theOutboxDecidesAfterARebuild() {
        // a fresh event seen before the rebuild, and one from before a restart the view never saw
        assertThat(sequence.isNextOfItsOrder(cancelledA)).isTrue();
        assertThat(sequence.isNextOfItsOrder(placedB)).isTrue();

        sequence.startRebuild();
        sequence.rebuild(List.of(placedA, cancelledA));

        assertThat(sequence.isNextOfItsOrder(cancelledA)).as("the older OrderPlaced comes first").isFalse();
        assertThat(sequence.isNextOfItsOrder(placedA)).isTrue();
        assertThat(sequence.ordersWaiting()).as("B was completed elsewhere: forgotten").isEqualTo(1);
    }

    @Test
    void anAcknowledgementDuringTheRebuildIsNotUndoneByTheOutboxRead() {
        sequence.isNextOfItsOrder(placedA);
        sequence.isNextOfItsOrder(cancelledA);

        sequence.startRebuild();
        List<OrderEvent> readBeforeTheAcknowledgement = List.of(placedA, cancelledA);
        sequence.acknowledged(placedA);
        sequence.rebuild(readBeforeTheAcknowledgement);

        assertThat(sequence.isNextOfItsOrder(cancelledA)).isTrue();
    }

    @Test
    void anAbandonedRebuildKeepsTheView() {
        sequence.isNextOfItsOrder(placedA);
        sequence.startRebuild();
        sequence.abandonRebuild();

        assertThat(sequence.isNextOfItsOrder(cancelledA)).isFalse();
    }

    private static OrderEvent placed(String orderNumber) {
        return OrderPlacedEvent.of(order(orderNumber), null);
    }

    private static OrderEvent cancelled(String orderNumber) {
        return OrderCancelledEvent.of(order(orderNumber), Instant.parse("2026-11-20T10:00:00Z"), null);
    }

    private static Order order(String orderNumber) {
        return Order.place(orderNumber, 1, List.of(new OrderLine(2, "LAT-001", "카페라떼", "coffee", 1, 5000, 50)),
                Instant.parse("2026-11-20T09:00:00Z"));
    }
}
