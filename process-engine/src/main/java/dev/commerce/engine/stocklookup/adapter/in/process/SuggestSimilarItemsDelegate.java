package dev.commerce.engine.stocklookup.adapter.in.process;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_NAME;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.MAX_SUGGESTIONS;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.STATUS;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.SUGGESTIONS;

import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.catalog.domain.NameSimilarity;
import dev.commerce.engine.stocklookup.domain.StockStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** NOT_FOUND with the catalogue names closest to what was asked ("라떼" lists the lattes, typos find the item). */
@Component
public class SuggestSimilarItemsDelegate implements JavaDelegate {

  /** Below this, names share too little to be a helpful "did you mean". */
  static final double MIN_SCORE = 0.34;

  private final ItemCatalog catalog;

  public SuggestSimilarItemsDelegate(ItemCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object asked = execution.getVariable(ITEM_NAME);
    List<String> suggestions = new ArrayList<>();
    if (asked != null && !asked.toString().isBlank()) {
      String name = asked.toString();
      catalog.all().stream()
          .filter(item -> NameSimilarity.score(name, item.name()) >= MIN_SCORE)
          .sorted(Comparator.comparingDouble((CatalogItem item) -> NameSimilarity.score(name, item.name())).reversed()
              .thenComparing(CatalogItem::name))
          .limit(MAX_SUGGESTIONS)
          .forEach(item -> suggestions.add(item.name()));
    }
    execution.setVariable(SUGGESTIONS, suggestions);
    execution.setVariable(STATUS, StockStatus.NOT_FOUND.name());
  }
}
