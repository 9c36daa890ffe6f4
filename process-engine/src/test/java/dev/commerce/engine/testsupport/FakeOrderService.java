package dev.commerce.engine.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * order-service's read API as order-service/README.md describes it (order, list by customer newest first,
 * delivery view), in memory. Orders are put in by the test with the state it needs.
 */
public class FakeOrderService {

  private static final Pattern ORDER = Pattern.compile("/api/orders/([A-Z0-9-]+)");
  private static final Pattern DELIVERY = Pattern.compile("/api/orders/([A-Z0-9-]+)/delivery");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, Map<String, Object>> orders = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> deliveries = new ConcurrentHashMap<>();

  public void reset() {
    orders.clear();
    deliveries.clear();
  }

  /** An order of one line; the delivery starts PLACED at {@code createdAt}. */
  public void order(String orderNumber, long customerId, String itemName, int quantity, long unitPrice,
      String createdAt) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("itemId", 1);
    line.put("name", itemName);
    line.put("quantity", quantity);
    line.put("unitPrice", unitPrice);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderNumber", orderNumber);
    order.put("customerId", customerId);
    order.put("status", "PLACED");
    order.put("lines", List.of(line));
    order.put("total", unitPrice * quantity);
    order.put("createdAt", createdAt);
    orders.put(orderNumber, order);
    Map<String, Object> delivery = new LinkedHashMap<>();
    delivery.put("orderNumber", orderNumber);
    delivery.put("status", "PLACED");
    delivery.put("carrier", null);
    delivery.put("trackingNumber", null);
    delivery.put("events", new ArrayList<>(List.of(step("PLACED", null, createdAt))));
    deliveries.put(orderNumber, delivery);
  }

  /** The next delivery step, as POST /api/orders/{n}/delivery-events would record it. */
  public void deliveryStep(String orderNumber, String status, String carrier, String trackingNumber,
      String location, String at) {
    Map<String, Object> delivery = deliveries.get(orderNumber);
    delivery.put("status", status);
    if (carrier != null) {
      delivery.put("carrier", carrier);
      delivery.put("trackingNumber", trackingNumber);
    }
    @SuppressWarnings("unchecked")
    List<Object> events = (List<Object>) delivery.get("events");
    events.add(step(status, location, at));
    orders.get(orderNumber).put("status", status);
  }

  ServiceResponse exchange(ServiceRequest request) {
    if (!"GET".equals(request.method())) {
      return problem(405);
    }
    Matcher delivery = DELIVERY.matcher(request.path());
    if (delivery.matches()) {
      Map<String, Object> found = deliveries.get(delivery.group(1));
      return found == null ? problem(404) : ok(found);
    }
    Matcher one = ORDER.matcher(request.path());
    if (one.matches()) {
      Map<String, Object> found = orders.get(one.group(1));
      return found == null ? problem(404) : ok(found);
    }
    if ("/api/orders".equals(request.path())) {
      long customerId = Long.parseLong(request.query().get("customerId"));
      int limit = Integer.parseInt(request.query().getOrDefault("limit", "20"));
      return ok(orders.values().stream()
          .filter(o -> ((Number) o.get("customerId")).longValue() == customerId)
          .sorted(Comparator.comparing((Map<String, Object> o) -> (String) o.get("createdAt")).reversed())
          .limit(limit).toList());
    }
    return problem(404);
  }

  private static Map<String, Object> step(String status, String location, String at) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("status", status);
    step.put("location", location);
    step.put("at", at);
    return step;
  }

  private ServiceResponse ok(Object body) {
    try {
      return new ServiceResponse(200, mapper.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ServiceResponse problem(int status) {
    return new ServiceResponse(status, "{\"type\":\"/problems/not-found\",\"status\":" + status + "}");
  }
}
