package dev.commerce.engine.catalog.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** An item as item-service describes it (ARCHITECTURE.md REST contract). */
public record CatalogItem(long id, String sku, String name, String category, long price, int stock, long points) {

  public boolean inStock() {
    return stock > 0;
  }

  /** The small, JSON-friendly shape kept in process variables and returned by the facade. */
  public Map<String, Object> toVariable() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("id", id);
    value.put("sku", sku);
    value.put("name", name);
    value.put("category", category);
    value.put("price", price);
    value.put("stock", stock);
    value.put("points", points);
    return value;
  }

  public static CatalogItem fromVariable(Map<?, ?> value) {
    return new CatalogItem(number(value.get("id")), (String) value.get("sku"), (String) value.get("name"),
        (String) value.get("category"), number(value.get("price")), (int) number(value.get("stock")),
        number(value.get("points")));
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0L;
  }
}
