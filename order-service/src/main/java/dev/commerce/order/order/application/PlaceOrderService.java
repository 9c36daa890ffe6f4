package dev.commerce.order.order.application;

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

/**
 * Customer check, order number, stock reservation, then the order and its OrderPlaced event in one transaction.
 * Whatever fails once the reservation may exist hands it to the releaser, so no reservation outlives a failed order.
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

    public PlaceOrderService(CustomerDirectory customers, OrderNumberIssuer numberIssuer,
                             StockReservations reservations, Orders orders, ReservationReleaser releaser,
                             ApplicationEventPublisher events, TraceContext traceContext, Clock clock,
                             PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.numberIssuer = numberIssuer;
        this.reservations = reservations;
        this.orders = orders;
        this.releaser = releaser;
        this.events = events;
        this.traceContext = traceContext;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public Order place(PlaceOrderCommand command) {
        if (!customers.exists(command.customerId())) {
            throw new CustomerNotFoundException(command.customerId());
        }
        String orderNumber = numberIssuer.issue();
        List<ReservedLine> reserved = reserve(orderNumber, command.lines());
        try {
            return transaction.execute(status -> store(orderNumber, command.customerId(), reserved));
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
