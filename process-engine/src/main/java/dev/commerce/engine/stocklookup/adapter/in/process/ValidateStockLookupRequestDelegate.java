package dev.commerce.engine.stocklookup.adapter.in.process;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ALTERNATIVES;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_ID;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_NAME;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.LOOKUP_BY;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.QUANTITY;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.STATUS;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.SUGGESTIONS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Normalises the input so the model stays simple and callers (facade, chatbot call activity) may leave things
 * out: quantity defaults to 1, and the output variables always exist for gateways and the caller.
 */
@Component
public class ValidateStockLookupRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object itemId = execution.getVariable(ITEM_ID);
    Object itemName = execution.getVariable(ITEM_NAME);
    boolean byId = itemId != null && !itemId.toString().isBlank();
    boolean byName = itemName != null && !itemName.toString().isBlank();
    execution.setVariable(LOOKUP_BY, byId ? "ID" : byName ? "NAME" : "NONE");
    execution.setVariable(QUANTITY, quantity(execution.getVariable(QUANTITY)));
    execution.setVariable(ITEM, null);
    execution.setVariable(STATUS, null);
    execution.setVariable(ALTERNATIVES, new ArrayList<>());
    execution.setVariable(SUGGESTIONS, new ArrayList<>());
  }

  static int quantity(Object value) {
    int quantity = 1;
    if (value instanceof Number n) {
      quantity = n.intValue();
    } else if (value != null && value.toString().trim().matches("\\d{1,9}")) {
      quantity = Integer.parseInt(value.toString().trim());
    }
    return Math.max(quantity, 1);
  }
}
