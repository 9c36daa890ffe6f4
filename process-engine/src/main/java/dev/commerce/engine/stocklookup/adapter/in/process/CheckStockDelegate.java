package dev.commerce.engine.stocklookup.adapter.in.process;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.QUANTITY;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.STATUS;

import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.stocklookup.domain.StockStatus;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class CheckStockDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CatalogItem item = CatalogItem.fromVariable((Map<?, ?>) execution.getVariable(ITEM));
    int quantity = ((Number) execution.getVariable(QUANTITY)).intValue();
    execution.setVariable(STATUS, StockStatus.of(item.stock(), quantity).name());
  }
}
