package dev.commerce.engine.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.catalog.domain.NameSimilarity;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * item-service and customer-service as their REST contracts in ARCHITECTURE.md describe them, in memory, with the
 * demo data. For process tests only: the integration tests run the real services.
 */
public class FakeDomainServices implements ServiceCaller {

  private static final List<String> GRADES = List.of("BRONZE", "SILVER", "GOLD", "VIP");
  private static final Pattern ITEM = Pattern.compile("/api/items/(\\d+)");
  private static final Pattern CUSTOMER = Pattern.compile("/api/customers/(\\d+)");
  private static final Pattern PREFERENCES = Pattern.compile("/api/customers/(\\d+)/preferences");
  private static final Pattern COUPONS = Pattern.compile("/api/customers/(\\d+)/coupons");
  private static final Pattern POINTS = Pattern.compile("/api/customers/(\\d+)/points");
  private static final Pattern BY_KAKAO = Pattern.compile("/api/customers/by-kakao/(.+)");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Long, Map<String, Object>> items = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Object>> customers = new ConcurrentHashMap<>();
  private final Map<Long, List<String>> preferences = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Map<String, Object>>> coupons = new ConcurrentHashMap<>();
  private final Set<String> down = Collections.synchronizedSet(new HashSet<>());
  private final Map<String, Integer> forced = new ConcurrentHashMap<>();
  private final List<ServiceRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger couponSequence = new AtomicInteger();
  private final FakeOrderService orders = new FakeOrderService();

  public FakeDomainServices() {
    reset();
  }

  public final void reset() {
    items.clear();
    customers.clear();
    preferences.clear();
    coupons.clear();
    down.clear();
    forced.clear();
    requests.clear();
    orders.reset();
    Object[][] catalogue = {
        {"AMR-001", "아메리카노", "coffee", 4500, 120, 45}, {"LAT-001", "카페라떼", "coffee", 5000, 80, 50},
        {"VAN-001", "바닐라라떼", "coffee", 5500, 40, 55}, {"CBR-001", "콜드브루", "coffee", 5000, 0, 50},
        {"GRT-001", "녹차라떼", "tea", 5500, 3, 55}, {"CHO-001", "초코케이크", "dessert", 6500, 12, 65},
        {"CHE-001", "치즈케이크", "dessert", 6800, 0, 68}, {"BGL-001", "베이글", "bakery", 3500, 30, 35},
        {"BEN-001", "하우스 블렌드 원두 1kg", "beans", 28000, 15, 280},
        {"TUM-001", "스테인리스 텀블러", "goods", 25000, 7, 250}, {"MUG-001", "머그컵", "goods", 12000, 0, 120},
        {"DRP-001", "드립백 세트", "beans", 15000, 25, 150}};
    for (int i = 0; i < catalogue.length; i++) {
      Object[] row = catalogue[i];
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", (long) i + 1);
      item.put("sku", row[0]);
      item.put("name", row[1]);
      item.put("category", row[2]);
      item.put("price", row[3]);
      item.put("stock", row[4]);
      item.put("points", row[5]);
      items.put((long) i + 1, item);
    }
    customer(1, "minsu", "김민수", "kakao-minsu", "GOLD", 12000, List.of("coffee", "dessert"));
    customer(2, "jiyoung", "이지영", "kakao-jiyoung", "SILVER", 3500, List.of("tea", "bakery"));
    customer(3, "junho", "박준호", null, "BRONZE", 0, List.of());
  }

  private void customer(long id, String username, String name, String kakao, String grade, int points,
      List<String> categories) {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("id", id);
    customer.put("username", username);
    customer.put("name", name);
    customer.put("email", username + "@example.com");
    customer.put("phone", "010-0000-000" + id);
    customer.put("kakaoUserKey", kakao);
    customer.put("grade", grade);
    customer.put("points", points);
    customers.put(id, customer);
    preferences.put(id, categories);
  }

  /** The service answers nothing (connection refused, timeout, 5xx): technical failure. */
  public void down(String service) {
    down.add(service);
  }

  public void up(String service) {
    down.remove(service);
  }

  /** Every call of this method to a path matching the regex answers the status with a problem body. */
  public void answer(String method, String pathRegex, int status) {
    forced.put(method + " " + pathRegex, status);
  }

  public void setStock(String sku, int stock) {
    items.values().stream().filter(i -> sku.equals(i.get("sku"))).forEach(i -> i.put("stock", stock));
  }

  /** order-service (read API), for the chatbot process tests. */
  public FakeOrderService orders() {
    return orders;
  }

  public List<ServiceRequest> requests() {
    return requests;
  }

  public Map<String, Map<String, Object>> couponsOf(long customerId) {
    return coupons.getOrDefault(customerId, Map.of());
  }

  @Override
  public ServiceResponse exchange(ServiceRequest request) {
    requests.add(request);
    if (down.contains(request.service())) {
      throw new ServiceUnavailableException(request.service(), "connection refused (fake)", null);
    }
    for (Map.Entry<String, Integer> entry : forced.entrySet()) {
      String[] key = entry.getKey().split(" ", 2);
      if (key[0].equals(request.method()) && request.path().matches(key[1])) {
        return problem(entry.getValue(), "forced by test");
      }
    }
    return switch (request.service()) {
      case "item-service" -> items(request);
      case "customer-service" -> customers(request);
      case "order-service" -> orders.exchange(request);
      default -> throw new ServiceUnavailableException(request.service(), "unknown service", null);
    };
  }

  private ServiceResponse items(ServiceRequest request) {
    Matcher one = ITEM.matcher(request.path());
    if ("GET".equals(request.method()) && one.matches()) {
      Map<String, Object> item = items.get(Long.parseLong(one.group(1)));
      return item == null ? problem(404, "No item " + one.group(1)) : ok(200, item);
    }
    if ("GET".equals(request.method()) && "/api/items".equals(request.path())) {
      String name = request.query().get("name");
      String category = request.query().get("category");
      List<Map<String, Object>> content = items.values().stream()
          .sorted((a, b) -> Long.compare((Long) a.get("id"), (Long) b.get("id")))
          .filter(i -> name == null || name.isEmpty() || NameSimilarity.normalize((String) i.get("name"))
              .contains(NameSimilarity.normalize(name)))
          .filter(i -> category == null || category.isEmpty() || category.equals(i.get("category")))
          .toList();
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("content", content);
      page.put("page", Map.of("size", 100, "number", 0, "totalElements", content.size(), "totalPages", 1));
      return ok(200, page);
    }
    return problem(404, "No route " + request.path());
  }

  private ServiceResponse customers(ServiceRequest request) {
    Matcher coupon = COUPONS.matcher(request.path());
    if ("POST".equals(request.method()) && coupon.matches()) {
      return issueCoupon(Long.parseLong(coupon.group(1)), request.body());
    }
    if ("GET".equals(request.method()) && coupon.matches()) {
      long id = Long.parseLong(coupon.group(1));
      return customers.containsKey(id) ? ok(200, new ArrayList<>(couponsOf(id).values())) : problem(404, "No customer");
    }
    Matcher points = POINTS.matcher(request.path());
    if ("GET".equals(request.method()) && points.matches()) {
      Map<String, Object> customer = customers.get(Long.parseLong(points.group(1)));
      return customer == null ? problem(404, "No customer") : ok(200, Map.of("balance", customer.get("points"),
          "lifetime", customer.get("points"), "grade", customer.get("grade"), "ledger", List.of()));
    }
    Matcher kakao = BY_KAKAO.matcher(request.path());
    if ("GET".equals(request.method()) && kakao.matches()) {
      return customers.values().stream().filter(c -> kakao.group(1).equals(c.get("kakaoUserKey"))).findFirst()
          .map(c -> ok(200, c)).orElseGet(() -> problem(404, "No customer with Kakao key " + kakao.group(1)));
    }
    Matcher prefs = PREFERENCES.matcher(request.path());
    if ("GET".equals(request.method()) && prefs.matches()) {
      long id = Long.parseLong(prefs.group(1));
      if (!customers.containsKey(id)) {
        return problem(404, "No customer " + id);
      }
      List<Map<String, Object>> categories = new ArrayList<>();
      List<String> favourites = preferences.get(id);
      for (int i = 0; i < favourites.size(); i++) {
        categories.add(Map.of("category", favourites.get(i), "score", favourites.size() - i));
      }
      return ok(200, Map.of("categories", categories));
    }
    Matcher one = CUSTOMER.matcher(request.path());
    if ("GET".equals(request.method()) && one.matches()) {
      Map<String, Object> customer = customers.get(Long.parseLong(one.group(1)));
      return customer == null ? problem(404, "No customer " + one.group(1)) : ok(200, customer);
    }
    if ("GET".equals(request.method()) && "/api/customers".equals(request.path())) {
      String minGrade = request.query().get("minGrade");
      String minPoints = request.query().get("minPoints");
      String category = request.query().get("category");
      List<Map<String, Object>> selected = customers.values().stream()
          .sorted((a, b) -> Long.compare((Long) a.get("id"), (Long) b.get("id")))
          .filter(c -> minGrade == null || GRADES.indexOf((String) c.get("grade")) >= GRADES.indexOf(minGrade))
          .filter(c -> minPoints == null || (Integer) c.get("points") >= Integer.parseInt(minPoints))
          .filter(c -> category == null || preferences.get((Long) c.get("id")).contains(category))
          .toList();
      return ok(200, selected);
    }
    return problem(404, "No route " + request.path());
  }

  private ServiceResponse issueCoupon(long customerId, String body) {
    if (!customers.containsKey(customerId)) {
      return problem(404, "No customer " + customerId);
    }
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return problem(400, "malformed");
    }
    String campaign = request.path("campaign").asText("");
    int discount = request.path("discountPercent").asInt(0);
    if (campaign.isBlank() || discount < 1 || discount > 90) {
      return problem(400, "campaign and discountPercent 1..90 are required");
    }
    Map<String, Map<String, Object>> owned = coupons.computeIfAbsent(customerId, id -> new ConcurrentHashMap<>());
    Map<String, Object> existing = owned.get(campaign);
    if (existing != null) {
      return ok(200, existing);
    }
    Map<String, Object> issued = new LinkedHashMap<>();
    issued.put("code", "CPN-" + customerId + "-" + couponSequence.incrementAndGet());
    issued.put("campaign", campaign);
    issued.put("discountPercent", discount);
    issued.put("category", request.path("category").isTextual() ? request.path("category").asText() : null);
    issued.put("validUntil", LocalDate.of(2026, 12, 1).plusDays(request.path("validDays").asInt(7)).toString());
    issued.put("used", false);
    owned.put(campaign, issued);
    return ok(201, issued);
  }

  private ServiceResponse ok(int status, Object body) {
    try {
      return new ServiceResponse(status, mapper.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ServiceResponse problem(int status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", status == 404 ? "/problems/not-found" : "/problems/conflict");
    problem.put("title", "Problem");
    problem.put("status", status);
    problem.put("detail", detail);
    return ok(status, problem);
  }
}
