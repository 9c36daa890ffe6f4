package dev.commerce.engine.delivery.application;

import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.CANCELLED_AT;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.CANCEL_REASON;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.CUSTOMER_ID;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_AT;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_CARRIER;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_HISTORY;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_LOCATION;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_STATUS;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_TRACKING_NUMBER;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_UPDATED;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.ORDER_CANCELLED;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.ORDER_NUMBER;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.ORDER_PLACED;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.ORDER_TOTAL;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.PLACED_AT;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.PROCESS_KEY;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.SHIPPED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * commerce.orders → delivery-tracking. The processed-event row, the tracking-start row and the engine's own
 * changes commit in one transaction (the engine joins the Spring transaction), so a redelivered or replayed event
 * changes nothing and a crash in between leaves nothing half done. An OrderCancelled that finds no tracking at all is
 * remembered, so an OrderPlaced arriving after it (resent after a broker outage) starts none: no overdue timer and no
 * apology coupon for a cancelled order.
 */
@Service
public class OrderEventHandler {

  public static final String CONSUMER = "process-engine";
  public static final Set<String> HANDLED_TYPES = Set.of(ORDER_PLACED, DELIVERY_UPDATED, ORDER_CANCELLED);

  private static final Logger log = LoggerFactory.getLogger(OrderEventHandler.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ProcessedEvents processedEvents;
  private final TrackingStarts trackingStarts;
  private final CancelledOrders cancelledOrders;

  public OrderEventHandler(RuntimeService runtime, HistoryService history, ProcessedEvents processedEvents,
      TrackingStarts trackingStarts, CancelledOrders cancelledOrders) {
    this.runtime = runtime;
    this.history = history;
    this.processedEvents = processedEvents;
    this.trackingStarts = trackingStarts;
    this.cancelledOrders = cancelledOrders;
  }

  @Transactional
  public OrderEventOutcome handle(OrderEvent event) {
    if (!HANDLED_TYPES.contains(event.type())) {
      return OrderEventOutcome.IGNORED;
    }
    if (!processedEvents.claim(event.id(), CONSUMER, event.type())) {
      log.debug("{} {} for {} already handled", event.type(), event.id(), event.orderNumber());
      return OrderEventOutcome.DUPLICATE_EVENT;
    }
    return switch (event.type()) {
      case ORDER_PLACED -> start(event);
      case DELIVERY_UPDATED -> correlate(event, variables(
          DELIVERY_STATUS, event.data("status"),
          DELIVERY_CARRIER, event.data("carrier"),
          DELIVERY_TRACKING_NUMBER, event.data("trackingNumber"),
          DELIVERY_LOCATION, event.data("location"),
          DELIVERY_AT, event.data("at")));
      default -> correlate(event, variables(
          CANCEL_REASON, event.data("reason"),
          CANCELLED_AT, event.data("cancelledAt")));
    };
  }

  private OrderEventOutcome start(OrderEvent event) {
    String orderNumber = event.orderNumber();
    if (trackingStarts.exists(orderNumber) || trackedBefore(orderNumber)) {
      log.info("OrderPlaced {} replayed for {}: delivery tracking already exists", event.id(), orderNumber);
      return OrderEventOutcome.ALREADY_TRACKED;
    }
    if (cancelledOrders.isCancelled(orderNumber)) {
      log.info("OrderPlaced {} for {} arrived after its cancellation: no delivery tracking", event.id(), orderNumber);
      return OrderEventOutcome.ALREADY_CANCELLED;
    }
    trackingStarts.record(orderNumber, event.id());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ORDER_NUMBER, orderNumber);
    variables.put(CUSTOMER_ID, event.data("customerId"));
    variables.put(ORDER_TOTAL, event.data("total"));
    variables.put(PLACED_AT, text(event.data("placedAt")));
    variables.put(DELIVERY_HISTORY, new ArrayList<>());
    variables.put(SHIPPED, false);
    String id = runtime.createMessageCorrelation(ORDER_PLACED).processInstanceBusinessKey(orderNumber)
        .setVariables(variables).correlateStartMessage().getId();
    log.info("delivery tracking {} started for {}", id, orderNumber);
    return OrderEventOutcome.STARTED;
  }

  private boolean trackedBefore(String orderNumber) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(orderNumber).count() > 0
        || runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(orderNumber).count() > 0;
  }

  /** Looks for a waiting subscription first: a failed correlation inside the transaction would doom it. */
  private OrderEventOutcome correlate(OrderEvent event, Map<String, Object> variables) {
    Execution waiting = runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(event.orderNumber()).messageEventSubscriptionName(event.type())
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (waiting == null) {
      if (trackedBefore(event.orderNumber())) {
        log.info("{} {} for {} skipped: its delivery tracking is not waiting for it", event.type(), event.id(),
            event.orderNumber());
        return OrderEventOutcome.NOT_WAITING;
      }
      if (ORDER_CANCELLED.equals(event.type())) {
        cancelledOrders.remember(event.orderNumber(), event.id());
        log.info("OrderCancelled {} for {} arrived before its OrderPlaced: remembered, no tracking will start",
            event.id(), event.orderNumber());
        return OrderEventOutcome.CANCELLATION_REMEMBERED;
      }
      log.warn("{} {} for unknown order {} skipped", event.type(), event.id(), event.orderNumber());
      return OrderEventOutcome.UNKNOWN_ORDER;
    }
    runtime.createMessageCorrelation(event.type()).processInstanceId(waiting.getProcessInstanceId())
        .setVariables(variables).correlateWithResult();
    return OrderEventOutcome.CORRELATED;
  }

  /** Event fields as text variables; absent fields become null variables rather than missing ones. */
  private static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], text(namesAndValues[i + 1]));
    }
    return variables;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
