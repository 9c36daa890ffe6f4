package dev.commerce.order.delivery.application;

import dev.commerce.order.order.application.Orders;
import dev.commerce.order.order.application.TraceContext;
import dev.commerce.order.order.domain.DeliveryUpdatedEvent;
import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderNotFoundException;
import dev.commerce.order.order.domain.TrackingEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Delivery steps: the order row is locked while the step is checked, so two carriers' updates cannot interleave. */
@Service
public class DeliveryService {

    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final TraceContext traceContext;
    private final Clock clock;

    public DeliveryService(Orders orders, ApplicationEventPublisher events, TraceContext traceContext, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.traceContext = traceContext;
        this.clock = clock;
    }

    @Transactional
    public Order record(RecordDeliveryCommand command) {
        Order order = orders.findForUpdate(command.orderNumber())
                .orElseThrow(() -> new OrderNotFoundException(command.orderNumber()));
        TrackingEntry entry = order.advanceDelivery(command.status(), command.carrier(), command.trackingNumber(),
                command.location(), clock.instant());
        orders.update(order);
        events.publishEvent(DeliveryUpdatedEvent.of(order, entry, traceContext.currentTraceparent().orElse(null)));
        return order;
    }

    @Transactional(readOnly = true)
    public Order get(String orderNumber) {
        return orders.find(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }
}
