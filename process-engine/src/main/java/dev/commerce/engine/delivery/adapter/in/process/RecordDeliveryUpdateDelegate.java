package dev.commerce.engine.delivery.adapter.in.process;

import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_AT;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_CARRIER;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_HISTORY;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_LOCATION;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_STATUS;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_TRACKING_NUMBER;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.SHIPPED;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.SHIPPED_STATUSES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Appends the correlated DeliveryUpdated to the instance's timeline and decides whether the order has shipped. */
@Component
public class RecordDeliveryUpdateDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String status = String.valueOf(execution.getVariable(DELIVERY_STATUS));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("status", status);
    entry.put("carrier", execution.getVariable(DELIVERY_CARRIER));
    entry.put("trackingNumber", execution.getVariable(DELIVERY_TRACKING_NUMBER));
    entry.put("location", execution.getVariable(DELIVERY_LOCATION));
    entry.put("at", execution.getVariable(DELIVERY_AT));
    List<Object> history = new ArrayList<>();
    if (execution.getVariable(DELIVERY_HISTORY) instanceof List<?> previous) {
      history.addAll(previous);
    }
    history.add(entry);
    execution.setVariable(DELIVERY_HISTORY, history);
    execution.setVariable(SHIPPED, SHIPPED_STATUSES.contains(status));
  }
}
