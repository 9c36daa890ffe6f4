package dev.commerce.engine.stocklookup.adapter.in.process;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_NAME;

import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.catalog.domain.NameSimilarity;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Picks the item a customer means: the exact name wins, otherwise a single partial match ("바닐라" is 바닐라라떼).
 * Several partial matches are ambiguous ("라떼"): no item, and the suggestion task lists them.
 */
@Component
public class FindItemByNameDelegate implements JavaDelegate {

  private final ItemCatalog catalog;

  public FindItemByNameDelegate(ItemCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = String.valueOf(execution.getVariable(ITEM_NAME)).trim();
    List<CatalogItem> candidates = catalog.search(name, null).stream()
        .filter(item -> NameSimilarity.partialMatch(name, item.name()))
        .toList();
    CatalogItem chosen = candidates.stream().filter(item -> NameSimilarity.sameName(name, item.name())).findFirst()
        .orElse(candidates.size() == 1 ? candidates.get(0) : null);
    execution.setVariable(ITEM, chosen == null ? null : chosen.toVariable());
  }
}
