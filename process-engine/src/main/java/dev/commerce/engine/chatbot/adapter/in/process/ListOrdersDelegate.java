package dev.commerce.engine.chatbot.adapter.in.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.chatbot.domain.AccountReplies;
import dev.commerce.engine.chatbot.domain.AccountReplies.OrderLine;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The linked customer's recent orders, newest first, as a list card. */
@Component
public class ListOrdersDelegate implements JavaDelegate {

  /** What one Kakao list card shows. */
  static final int LIMIT = 5;

  private final ShopQueries shop;

  public ListOrdersDelegate(ShopQueries shop) {
    this.shop = shop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<OrderLine> orders = new ArrayList<>();
    for (JsonNode order : shop.recentOrders(ChatbotExecution.customerId(execution), LIMIT)) {
      List<String> names = new ArrayList<>();
      order.path("lines").forEach(line -> names.add(line.path("name").asText("?")));
      orders.add(new OrderLine(order.path("orderNumber").asText(), order.path("status").asText(),
          AccountReplies.items(names), order.path("total").asLong()));
    }
    ChatbotExecution.reply(execution, AccountReplies.orders(ChatbotExecution.customerName(execution), orders));
  }
}
