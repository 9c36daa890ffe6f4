package dev.commerce.engine.chatbot.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reads the chatbot needs from customer- and order-service. 404 where "not there" is an answer is an empty
 * Optional; every other failure is a {@link ServiceUnavailableException}, which the chatbot model catches with an
 * error boundary event (the customer is waiting: an apology now beats a retry).
 */
@Component
public class ShopQueries {

  static final String CUSTOMERS = "customer-service";
  static final String ORDERS = "order-service";

  private final ServiceCaller caller;
  private final ObjectMapper mapper;

  public ShopQueries(ServiceCaller caller, ObjectMapper mapper) {
    this.caller = caller;
    this.mapper = mapper;
  }

  public Optional<JsonNode> customer(long customerId) {
    return optional(CUSTOMERS, "/api/customers/" + customerId, Map.of());
  }

  public Optional<JsonNode> customerByKakao(String botUserKey) {
    return optional(CUSTOMERS, "/api/customers/by-kakao/" + botUserKey, Map.of());
  }

  public JsonNode points(long customerId) {
    return required(CUSTOMERS, "/api/customers/" + customerId + "/points", Map.of("limit", "1"));
  }

  public JsonNode usableCoupons(long customerId) {
    return required(CUSTOMERS, "/api/customers/" + customerId + "/coupons", Map.of("usable", "true"));
  }

  public JsonNode recentOrders(long customerId, int limit) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("customerId", String.valueOf(customerId));
    query.put("limit", String.valueOf(limit));
    return required(ORDERS, "/api/orders", query);
  }

  public Optional<JsonNode> delivery(String orderNumber) {
    return optional(ORDERS, "/api/orders/" + orderNumber + "/delivery", Map.of());
  }

  private JsonNode required(String service, String path, Map<String, String> query) {
    return optional(service, path, query).orElseThrow(
        () -> new ServiceUnavailableException(service, "GET " + path + " answered 404", null));
  }

  private Optional<JsonNode> optional(String service, String path, Map<String, String> query) {
    ServiceResponse response = caller.exchange(ServiceRequest.get(service, path, query));
    if (response.status() == 404) {
      return Optional.empty();
    }
    if (!response.isSuccess()) {
      throw new ServiceUnavailableException(service, "GET " + path + " answered " + response.status(), null);
    }
    try {
      return Optional.of(mapper.readTree(response.body()));
    } catch (JsonProcessingException e) {
      throw new ServiceUnavailableException(service, "GET " + path + " answered unreadable JSON", e);
    }
  }
}
