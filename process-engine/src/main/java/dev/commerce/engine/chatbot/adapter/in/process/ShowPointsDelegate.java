package dev.commerce.engine.chatbot.adapter.in.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.chatbot.domain.AccountReplies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Balance, grade, lifetime points and what is missing to the next grade. */
@Component
public class ShowPointsDelegate implements JavaDelegate {

  private final ShopQueries shop;

  public ShowPointsDelegate(ShopQueries shop) {
    this.shop = shop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JsonNode account = shop.points(ChatbotExecution.customerId(execution));
    ChatbotExecution.reply(execution, AccountReplies.points(ChatbotExecution.customerName(execution),
        account.path("balance").asLong(), account.path("lifetime").asLong(), account.path("grade").asText("BRONZE")));
  }
}
