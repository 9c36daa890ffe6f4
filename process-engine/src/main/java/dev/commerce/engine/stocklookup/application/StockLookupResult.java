package dev.commerce.engine.stocklookup.application;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ALTERNATIVES;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.STATUS;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.SUGGESTIONS;

import dev.commerce.engine.catalog.domain.CatalogItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The output variables of a finished stock-lookup instance. */
public record StockLookupResult(String status, CatalogItem item, List<CatalogItem> alternatives,
    List<String> suggestions) {

  static StockLookupResult fromVariables(Map<String, Object> variables) {
    Object item = variables.get(ITEM);
    List<CatalogItem> alternatives = new ArrayList<>();
    if (variables.get(ALTERNATIVES) instanceof List<?> list) {
      list.forEach(entry -> alternatives.add(CatalogItem.fromVariable((Map<?, ?>) entry)));
    }
    List<String> suggestions = new ArrayList<>();
    if (variables.get(SUGGESTIONS) instanceof List<?> list) {
      list.forEach(entry -> suggestions.add(String.valueOf(entry)));
    }
    return new StockLookupResult((String) variables.get(STATUS),
        item instanceof Map<?, ?> map ? CatalogItem.fromVariable(map) : null, alternatives, suggestions);
  }
}
