package dev.commerce.engine.stocklookup.adapter.in.process;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ALTERNATIVES;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.MAX_ALTERNATIVES;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.QUANTITY;

import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.catalog.domain.CatalogItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Up to three items of the same category that can serve the requested quantity, best stocked first. */
@Component
public class FindAlternativesDelegate implements JavaDelegate {

  private final ItemCatalog catalog;

  public FindAlternativesDelegate(ItemCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CatalogItem item = CatalogItem.fromVariable((Map<?, ?>) execution.getVariable(ITEM));
    int quantity = Math.max(1, ((Number) execution.getVariable(QUANTITY)).intValue());
    List<Map<String, Object>> alternatives = new ArrayList<>();
    catalog.search(null, item.category()).stream()
        .filter(candidate -> candidate.id() != item.id() && candidate.stock() >= quantity)
        .filter(candidate -> item.category() == null || item.category().equals(candidate.category()))
        .sorted(Comparator.comparingInt(CatalogItem::stock).reversed().thenComparingLong(CatalogItem::id))
        .limit(MAX_ALTERNATIVES)
        .forEach(candidate -> alternatives.add(candidate.toVariable()));
    execution.setVariable(ALTERNATIVES, alternatives);
  }
}
