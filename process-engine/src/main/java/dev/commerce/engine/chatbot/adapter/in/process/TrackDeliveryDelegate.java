package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.map;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.maps;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_ID;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ORDER;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ORDER_NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.chatbot.domain.AccountReplies;
import dev.commerce.engine.chatbot.domain.DeliveryReplies;
import dev.commerce.engine.chatbot.domain.DeliveryReplies.Delivery;
import dev.commerce.engine.chatbot.domain.DeliveryReplies.OrderSummary;
import dev.commerce.engine.chatbot.domain.DeliveryReplies.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The delivery of the order in {@code order} (found by number or as the customer's latest one). The model has
 * already refused someone else's order; details beyond the status are shown to the order's owner only.
 */
@Component
public class TrackDeliveryDelegate implements JavaDelegate {

  private final ShopQueries shop;

  public TrackDeliveryDelegate(ShopQueries shop) {
    this.shop = shop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> order = map(execution.getVariable(ORDER));
    String number = String.valueOf(order.get("orderNumber"));
    execution.setVariable(ORDER_NUMBER, number);
    JsonNode delivery = shop.delivery(number).orElseThrow(
        () -> new BpmnError("ORDER_NOT_FOUND", "order-service has no delivery for " + number));
    boolean owner = ChatbotExecution.linked(execution) && order.get("customerId") instanceof Number id
        && Objects.equals(id.longValue(), ChatbotExecution.number(execution, CUSTOMER_ID));
    List<String> names = maps(order.get("lines")).stream().map(line -> String.valueOf(line.get("name"))).toList();
    Long total = order.get("total") instanceof Number n ? n.longValue() : null;
    ChatbotExecution.reply(execution, DeliveryReplies.of(
        new OrderSummary(number, names.isEmpty() ? null : AccountReplies.items(names), total),
        delivery(delivery), owner));
  }

  private static Delivery delivery(JsonNode node) {
    List<Step> steps = new ArrayList<>();
    for (JsonNode event : node.path("events")) {
      steps.add(new Step(event.path("status").asText(null), event.path("location").asText(null),
          event.path("at").asText(null)));
    }
    return new Delivery(node.path("status").asText("PLACED"), node.path("carrier").asText(null),
        node.path("trackingNumber").asText(null), steps);
  }
}
