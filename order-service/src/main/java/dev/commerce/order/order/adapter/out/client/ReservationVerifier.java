package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import dev.commerce.order.order.application.RequestedLine;
import dev.commerce.order.order.application.ReservedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An order is priced from the reservation, so a reservation that does not match the request (other items, other
 * quantities, missing prices) is treated like a failed call: the order is not stored and the reservation released.
 */
final class ReservationVerifier {

    private ReservationVerifier() {
    }

    static List<ReservedLine> verify(List<RequestedLine> requested, ReservationResponse response) {
        if (response == null || response.lines() == null || response.lines().size() != requested.size()) {
            throw mismatch();
        }
        Map<Long, ReservationResponse.Line> byItem = new HashMap<>();
        for (ReservationResponse.Line line : response.lines()) {
            if (line == null || line.itemId() == null || byItem.put(line.itemId(), line) != null) {
                throw mismatch();
            }
        }
        List<ReservedLine> reserved = new ArrayList<>(requested.size());
        for (RequestedLine wanted : requested) {
            ReservationResponse.Line line = byItem.get(wanted.itemId());
            if (line == null || line.quantity() == null || line.quantity() != wanted.quantity()
                    || line.sku() == null || line.name() == null || line.unitPrice() == null || line.unitPrice() < 0
                    || line.points() == null || line.points() < 0) {
                throw mismatch();
            }
            reserved.add(new ReservedLine(line.itemId(), line.sku(), line.name(), line.category(), line.quantity(),
                    line.unitPrice(), line.points()));
        }
        return reserved;
    }

    private static DownstreamUnavailableException mismatch() {
        return new DownstreamUnavailableException(FeignStockReservations.SERVICE,
                FeignStockReservations.SERVICE + " answered with a reservation that does not match the order.", true,
                null);
    }
}
