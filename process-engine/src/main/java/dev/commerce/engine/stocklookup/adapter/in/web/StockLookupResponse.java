package dev.commerce.engine.stocklookup.adapter.in.web;

import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.stocklookup.application.StockLookupResult;
import java.util.List;

public record StockLookupResponse(String status, ItemResponse item, List<ItemResponse> alternatives,
    List<String> suggestions) {

  static StockLookupResponse from(StockLookupResult result) {
    return new StockLookupResponse(result.status(), ItemResponse.from(result.item()),
        result.alternatives().stream().map(ItemResponse::from).toList(), result.suggestions());
  }

  public record ItemResponse(long id, String sku, String name, String category, long price, int stock,
      long points) {

    static ItemResponse from(CatalogItem item) {
      return item == null ? null : new ItemResponse(item.id(), item.sku(), item.name(), item.category(),
          item.price(), item.stock(), item.points());
    }
  }
}
