package dev.commerce.order.order.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    private static Order placed() {
        return Order.place("ORD-20261120-0001", 7, List.of(
                new OrderLine(1, "AMR-001", "아메리카노", "coffee", 2, 4500, 45),
                new OrderLine(6, "CHO-001", "초코케이크", "dessert", 1, 6500, 65)), T0);
    }

    @Test
    void totalsAndPointsComeFromTheLines() {
        Order order = placed();

        assertThat(order.total()).isEqualTo(15500);
        assertThat(order.points()).isEqualTo(155);
        assertThat(order.lines().get(0).linePoints()).isEqualTo(90);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.timeline()).containsExactly(new TrackingEntry(OrderStatus.PLACED, null, T0));
    }

    @Test
    void deliveryGoesOneStepAtATime() {
        Order order = placed();

        order.advanceDelivery(OrderStatus.PACKED, null, null, "센터", T0.plusSeconds(1));
        assertThatThrownBy(() -> order.advanceDelivery(OrderStatus.IN_TRANSIT, "CJ", "1", null, T0.plusSeconds(2)))
                .isInstanceOf(OrderConflictException.class).hasMessageContaining("next delivery step is SHIPPED");
        order.advanceDelivery(OrderStatus.SHIPPED, "CJ", "1", null, T0.plusSeconds(3));
        order.advanceDelivery(OrderStatus.IN_TRANSIT, "CJ", "1", "허브", T0.plusSeconds(4));
        order.advanceDelivery(OrderStatus.DELIVERED, "CJ", "1", null, T0.plusSeconds(5));

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.timeline()).extracting(TrackingEntry::status).containsExactly(OrderStatus.PLACED,
                OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.IN_TRANSIT, OrderStatus.DELIVERED);
        assertThatThrownBy(() -> order.advanceDelivery(OrderStatus.DELIVERED, "CJ", "1", null, T0))
                .isInstanceOf(OrderConflictException.class);
    }

    @Test
    void shippingNeedsCarrierAndTrackingNumber() {
        Order order = placed();
        order.advanceDelivery(OrderStatus.PACKED, null, null, null, T0);

        assertThatThrownBy(() -> order.advanceDelivery(OrderStatus.SHIPPED, "CJ", " ", null, T0))
                .isInstanceOf(TrackingDetailsMissingException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
    }

    @Test
    void cancellingIsPossibleUntilShippedAndOnlyOnce() {
        Order order = placed();
        order.advanceDelivery(OrderStatus.PACKED, null, null, null, T0);

        assertThat(order.cancel("변심", T0.plusSeconds(9))).isTrue();
        assertThat(order.cancel("again", T0.plusSeconds(10))).isFalse();
        assertThat(order.cancelReason()).isEqualTo("변심");
        assertThat(order.timeline()).extracting(TrackingEntry::status).endsWith(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> order.advanceDelivery(OrderStatus.SHIPPED, "CJ", "1", null, T0))
                .isInstanceOf(OrderConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        Order order = placed();
        order.advanceDelivery(OrderStatus.PACKED, null, null, null, T0);
        order.advanceDelivery(OrderStatus.SHIPPED, "CJ", "1", null, T0);

        assertThatThrownBy(() -> order.cancel(null, T0)).isInstanceOf(OrderConflictException.class)
                .hasMessage("Order ORD-20261120-0001 is SHIPPED and can no longer be cancelled.");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void eventsCarryLineTotalsOfPoints() {
        OrderPlacedEvent event = OrderPlacedEvent.of(placed(), null);

        assertThat(event.lines()).extracting(OrderEventLine::points).containsExactly(90L, 65L);
        assertThat(event.points()).isEqualTo(155);
        assertThat(event.eventId()).isNotEqualTo(OrderPlacedEvent.of(placed(), null).eventId());
    }
}
