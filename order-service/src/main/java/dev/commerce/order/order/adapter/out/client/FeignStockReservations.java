package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import dev.commerce.order.order.application.InsufficientStockException;
import dev.commerce.order.order.application.RequestedLine;
import dev.commerce.order.order.application.ReservationRejectedException;
import dev.commerce.order.order.application.ReservedLine;
import dev.commerce.order.order.application.StockReservations;
import dev.commerce.order.order.application.UnknownItemException;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class FeignStockReservations implements StockReservations {

    static final String SERVICE = "item-service";

    private final ItemClient client;

    FeignStockReservations(ItemClient client) {
        this.client = client;
    }

    @Override
    public List<ReservedLine> reserve(String orderNumber, List<RequestedLine> lines) {
        ReservationRequest request = new ReservationRequest(orderNumber, lines.stream()
                .map(line -> new ReservationRequest.Line(line.itemId(), line.quantity()))
                .toList());
        ReservationResponse response;
        try {
            response = DownstreamCall.call(SERVICE, () -> client.reserve(request));
        } catch (DownstreamProblemException e) {
            throw translate(e);
        }
        return ReservationVerifier.verify(lines, response);
    }

    @Override
    public void release(String orderNumber) {
        try {
            DownstreamCall.run(SERVICE, () -> client.release(orderNumber));
        } catch (DownstreamProblemException e) {
            if (e.status() != 404) {
                throw new DownstreamUnavailableException(SERVICE,
                        SERVICE + " refused the release (HTTP " + e.status() + ").", true, e);
            }
            // 404: nothing is reserved under that number, which is what a release wants.
        }
    }

    private static RuntimeException translate(DownstreamProblemException e) {
        if (e.status() == 409 && e.hasType("insufficient-stock")) {
            return new InsufficientStockException(e.getMessage(), e.properties());
        }
        if (e.status() == 404) {
            return new UnknownItemException(e.getMessage());
        }
        if (e.status() == 400 || e.status() == 422) {
            return new ReservationRejectedException(e.getMessage());
        }
        // Another 409 (e.g. the number was released already): nothing was reserved, the client may simply retry.
        return new DownstreamUnavailableException(SERVICE,
                SERVICE + " refused the reservation (HTTP " + e.status() + "): " + e.getMessage(), false, e);
    }
}
