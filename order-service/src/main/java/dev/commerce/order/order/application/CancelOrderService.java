package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderCancelledEvent;
import dev.commerce.order.order.domain.OrderNotFoundException;
import dev.commerce.order.release.application.ReservationReleaser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Cancels before SHIPPED. Status, the owed release and OrderCancelled commit together, so the cancel succeeds
 * while item-service is down and the release follows later. Cancelling a cancelled order answers it unchanged.
 */
@Service
public class CancelOrderService {

    private final Orders orders;
    private final ReservationReleaser releaser;
    private final ApplicationEventPublisher events;
    private final TraceContext traceContext;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public CancelOrderService(Orders orders, ReservationReleaser releaser, ApplicationEventPublisher events,
                              TraceContext traceContext, Clock clock, PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.releaser = releaser;
        this.events = events;
        this.traceContext = traceContext;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public Order cancel(String orderNumber, String reason) {
        Cancellation cancellation = transaction.execute(status -> {
            Order order = orders.findForUpdate(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
            Instant now = clock.instant();
            if (!order.cancel(reason, now)) {
                return new Cancellation(order, false);
            }
            orders.update(order);
            releaser.scheduleCancellationRelease(orderNumber);
            events.publishEvent(OrderCancelledEvent.of(order, now, traceContext.currentTraceparent().orElse(null)));
            return new Cancellation(order, true);
        });
        if (cancellation.changed()) {
            releaser.attemptSoon(orderNumber);
        }
        return cancellation.order();
    }

    private record Cancellation(Order order, boolean changed) {
    }
}
