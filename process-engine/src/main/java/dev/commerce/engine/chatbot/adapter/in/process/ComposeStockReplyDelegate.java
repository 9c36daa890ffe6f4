package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.map;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.maps;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.number;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.strings;
import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.text;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ITEM_NAME;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.QUANTITY;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.STOCK_ALTERNATIVES;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.STOCK_ITEM;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.STOCK_STATUS;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.STOCK_SUGGESTIONS;

import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.chatbot.domain.StockReplies;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the stock-lookup call activity's result into the answer. */
@Component
public class ComposeStockReplyDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> item = map(execution.getVariable(STOCK_ITEM));
    Long quantity = number(execution, QUANTITY);
    ChatbotExecution.reply(execution, StockReplies.of(text(execution, STOCK_STATUS),
        item.isEmpty() ? null : CatalogItem.fromVariable(item),
        maps(execution.getVariable(STOCK_ALTERNATIVES)).stream().map(CatalogItem::fromVariable).toList(),
        strings(execution.getVariable(STOCK_SUGGESTIONS)), text(execution, ITEM_NAME),
        quantity == null ? 1 : quantity.intValue()));
  }
}
