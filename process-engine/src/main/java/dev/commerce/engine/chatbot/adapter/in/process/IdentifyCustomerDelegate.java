package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.number;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.text;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ANSWERED_PROMPT;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.BOT_USER_KEY;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_GRADE;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_ID;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_NAME;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_STATUS;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.INTENT;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ITEM_NAME;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.LINKED;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ORDER_NUMBER;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.QUANTITY;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.UNKNOWN;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.UNLINKED;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is asking. The adapter already looked the Kakao user up: LINKED gets name and grade loaded, UNKNOWN (the
 * adapter could not reach customer-service) is tried once more by botUserKey. Never fails the conversation:
 * without customer-service the status stays UNKNOWN and personal answers say so instead of asking to link.
 * Also gives every input the gateways read a value, so a message with fewer variables still takes a branch.
 */
@Component
public class IdentifyCustomerDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(IdentifyCustomerDelegate.class);

  private final ShopQueries shop;

  public IdentifyCustomerDelegate(ShopQueries shop) {
    this.shop = shop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String name : new String[] {INTENT, ITEM_NAME, ORDER_NUMBER, ANSWERED_PROMPT, BOT_USER_KEY}) {
      execution.setVariable(name, text(execution, name));
    }
    Long quantity = number(execution, QUANTITY);
    execution.setVariable(QUANTITY, quantity == null ? null : (int) Math.max(1, Math.min(quantity, 10_000)));

    Long customerId = number(execution, CUSTOMER_ID);
    String status = text(execution, CUSTOMER_STATUS);
    if (status == null) {
      status = customerId != null ? LINKED : UNKNOWN;
    }
    JsonNode customer = null;
    try {
      if (LINKED.equals(status) && customerId != null) {
        Optional<JsonNode> found = shop.customer(customerId);
        customer = found.orElse(null);
        status = found.isPresent() ? LINKED : UNLINKED;
      } else if (!UNLINKED.equals(status) && text(execution, BOT_USER_KEY) != null) {
        Optional<JsonNode> found = shop.customerByKakao(text(execution, BOT_USER_KEY));
        customer = found.orElse(null);
        status = found.isPresent() ? LINKED : UNLINKED;
      } else if (!UNLINKED.equals(status)) {
        status = UNKNOWN;
      }
    } catch (ServiceUnavailableException e) {
      log.info("customer of conversation {} not confirmed: {}", execution.getBusinessKey(), e.getMessage());
      status = LINKED.equals(status) && customerId != null ? LINKED : UNKNOWN;
    }
    Long id = customer != null ? Long.valueOf(customer.path("id").asLong()) : LINKED.equals(status) ? customerId : null;
    execution.setVariable(CUSTOMER_STATUS, status);
    execution.setVariable(CUSTOMER_ID, id);
    execution.setVariable(CUSTOMER_NAME, customer == null ? null : customer.path("name").asText(null));
    execution.setVariable(CUSTOMER_GRADE, customer == null ? null : customer.path("grade").asText(null));
  }
}
