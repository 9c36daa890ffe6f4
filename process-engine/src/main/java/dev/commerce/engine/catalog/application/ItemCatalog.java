package dev.commerce.engine.catalog.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Read access to item-service for the typed delegates (search by name or category). */
@Component
public class ItemCatalog {

  static final String SERVICE = "item-service";
  /** One page is enough for the catalogue sizes this shop has; bigger catalogues search by name first. */
  static final int PAGE_SIZE = 100;

  private final ServiceCaller caller;
  private final ObjectMapper mapper;

  public ItemCatalog(ServiceCaller caller, ObjectMapper mapper) {
    this.caller = caller;
    this.mapper = mapper;
  }

  public List<CatalogItem> search(String name, String category) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("name", name);
    query.put("category", category);
    query.put("page", "0");
    query.put("size", String.valueOf(PAGE_SIZE));
    ServiceResponse response = caller.exchange(ServiceRequest.get(SERVICE, "/api/items", query));
    if (!response.isSuccess()) {
      throw new ServiceUnavailableException(SERVICE, "item search answered " + response.status(), null);
    }
    return parsePage(response.body());
  }

  public List<CatalogItem> all() {
    return search(null, null);
  }

  private List<CatalogItem> parsePage(String body) {
    try {
      JsonNode content = mapper.readTree(body).path("content");
      List<CatalogItem> items = new ArrayList<>();
      for (JsonNode node : content) {
        items.add(new CatalogItem(node.path("id").asLong(), node.path("sku").asText(null),
            node.path("name").asText(null), node.path("category").asText(null), node.path("price").asLong(),
            node.path("stock").asInt(), node.path("points").asLong()));
      }
      return items;
    } catch (JsonProcessingException e) {
      throw new ServiceUnavailableException(SERVICE, "unreadable item page", e);
    }
  }
}
