package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import dev.commerce.order.order.application.RequestedLine;
import dev.commerce.order.order.application.ReservedLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationVerifierTest {

    private static ReservationResponse.Line line(long itemId, int quantity) {
        return new ReservationResponse.Line(itemId, "SKU-" + itemId, "item " + itemId, "coffee", quantity, 1000L, 10L);
    }

    @Test
    void returnsTheReservedLinesInRequestOrder() {
        List<ReservedLine> reserved = ReservationVerifier.verify(
                List.of(new RequestedLine(2, 1), new RequestedLine(1, 3)),
                new ReservationResponse("ORD-1", "RESERVED", List.of(line(1, 3), line(2, 1))));

        assertThat(reserved).extracting(ReservedLine::itemId).containsExactly(2L, 1L);
        assertThat(reserved.get(1).unitPoints()).isEqualTo(10);
    }

    @Test
    void rejectsAReservationThatDoesNotMatch() {
        List<RequestedLine> wanted = List.of(new RequestedLine(1, 3));

        assertThatThrownBy(() -> ReservationVerifier.verify(wanted,
                new ReservationResponse("ORD-1", "RESERVED", List.of(line(1, 2)))))
                .isInstanceOf(DownstreamUnavailableException.class);
        assertThatThrownBy(() -> ReservationVerifier.verify(wanted,
                new ReservationResponse("ORD-1", "RESERVED", List.of(line(9, 3)))))
                .isInstanceOf(DownstreamUnavailableException.class);
        assertThatThrownBy(() -> ReservationVerifier.verify(wanted,
                new ReservationResponse("ORD-1", "RESERVED", List.of(line(1, 3), line(1, 3)))))
                .isInstanceOf(DownstreamUnavailableException.class);
        assertThatThrownBy(() -> ReservationVerifier.verify(wanted, new ReservationResponse("ORD-1", "RESERVED",
                List.of(new ReservationResponse.Line(1L, null, "x", null, 3, 1L, 1L)))))
                .isInstanceOf(DownstreamUnavailableException.class);
        assertThatThrownBy(() -> ReservationVerifier.verify(wanted, null))
                .isInstanceOf(DownstreamUnavailableException.class)
                .satisfies(e -> assertThat(((DownstreamUnavailableException) e).requestMayHaveArrived()).isTrue());
    }
}
