package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.IdempotencyKey;
import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderLine;
import dev.commerce.order.order.domain.OrderPlacedEvent;
import dev.commerce.order.release.application.ReservationReleaser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Customer check, order number, stock reservation, then the order and its OrderPlaced event in one transaction.
 * Whatever fails once the reservation may exist hands it to the releaser, so no reservation outlives a failed order.
 * With an Idempotency-Key the attempt first claims the key for its order number ({@link IdempotentPlacements}); a
 * repeat of the request gets the key's order back instead of a second one.
 */
@Service
public class PlaceOrderService {

    private final CustomerDirectory customers;
    private final OrderNumberIssuer numberIssuer;
    private final StockReservations reservations;
    private final Orders orders;
    private final ReservationReleaser releaser;
    private final ApplicationEventPublisher events;
    private final TraceContext traceContext;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final IdempotentPlacements idempotent;

    public PlaceOrderService(CustomerDirectory customers, OrderNumberIssuer numberIssuer,
                             StockReservations reservations, Orders orders, ReservationReleaser releaser,
                             ApplicationEventPublisher events, TraceContext traceContext, Clock clock,
                             PlatformTransactionManager transactionManager, IdempotentPlacements idempotent) {
        this.customers = customers;
        this.numberIssuer = numberIssuer;
        this.reservations = reservations;
        this.orders = orders;
        this.releaser = releaser;
        this.events = events;
        this.traceContext = traceContext;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.idempotent = idempotent;
    }

    public PlacedOrder place(PlaceOrderCommand command) {
        if (!customers.exists(command.customerId())) {
            throw new CustomerNotFoundException(command.customerId());
        }
        if (command.idempotencyKey().isEmpty()) {
            return new PlacedOrder(placeUnder(numberIssuer.issue(), command, null), false);
        }
        IdempotencyKey key = command.idempotencyKey().get();
        // a few rounds: a concurrent repeat may claim the key between our look and our claim
        for (int round = 0; round < 3; round++) {
            Optional<Order> earlier = idempotent.earlierOrder(command, key);
            if (earlier.isPresent()) {
                return new PlacedOrder(earlier.get(), true);
            }
            String orderNumber = numberIssuer.issue();
            if (!idempotent.claim(command, key, orderNumber)) {
                releaser.reservationNotTaken(orderNumber);
                continue;
            }
            try {
                return new PlacedOrder(placeUnder(orderNumber, command, key), false);
            } catch (RuntimeException e) {
                idempotent.release(command, key, orderNumber);
                throw e;
            }
        }
        throw new IdempotencyKeyInUseException();
    }

    private Order placeUnder(String orderNumber, PlaceOrderCommand command, IdempotencyKey key) {
        List<ReservedLine> reserved = reserve(orderNumber, command.lines());
        try {
            return transaction.execute(status -> {
                if (key != null && !idempotent.holds(command, key, orderNumber)) {
                    // a repeat took the key over from this attempt, which it believed dead: it places the order
                    throw new IdempotencyKeyInUseException();
                }
                return store(orderNumber, command.customerId(), reserved);
            });
        } catch (RuntimeException e) {
            releaser.releaseNow(orderNumber);
            throw e;
        }
    }

    private List<ReservedLine> reserve(String orderNumber, List<RequestedLine> lines) {
        try {
            return reservations.reserve(orderNumber, lines);
        } catch (InsufficientStockException | UnknownItemException | ReservationRejectedException e) {
            releaser.reservationNotTaken(orderNumber);
            throw e;
        } catch (DownstreamUnavailableException e) {
            if (e.requestMayHaveArrived()) {
                releaser.releaseNow(orderNumber);
            } else {
                releaser.reservationNotTaken(orderNumber);
            }
            throw e;
        } catch (RuntimeException e) {
            releaser.releaseNow(orderNumber);
            throw e;
        }
    }

    private Order store(String orderNumber, long customerId, List<ReservedLine> reserved) {
        List<OrderLine> lines = reserved.stream()
                .map(line -> new OrderLine(line.itemId(), line.sku(), line.name(), line.category(), line.quantity(),
                        line.unitPrice(), line.unitPoints()))
                .toList();
        Order order = Order.place(orderNumber, customerId, lines, clock.instant());
        orders.add(order);
        releaser.confirmOrderStored(orderNumber);
        events.publishEvent(OrderPlacedEvent.of(order, traceContext.currentTraceparent().orElse(null)));
        return order;
    }
}
