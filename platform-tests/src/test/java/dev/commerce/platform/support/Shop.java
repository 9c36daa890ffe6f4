package dev.commerce.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three services' REST APIs as a customer journey needs them, called directly (not through the gateway). */
public final class Shop {

    public static final long MINSU = 1;
    public static final long JIYOUNG = 2;
    public static final long JUNHO = 3;

    // demo catalogue ids (ARCHITECTURE.md), in catalogue order
    public static final long AMERICANO = 1;
    public static final long CAFE_LATTE = 2;
    public static final long VANILLA_LATTE = 3;
    public static final long GREEN_TEA_LATTE = 5;
    public static final long CHOCO_CAKE = 6;
    public static final long BAGEL = 8;
    public static final long HOUSE_BLEND = 9;
    public static final long TUMBLER = 10;
    public static final long DRIP_BAGS = 12;

    private final Http items;
    private final Http customers;
    private final Http orders;

    public Shop(E2ePlatform platform) {
        this.items = Http.to(platform.url(E2ePlatform.ITEMS));
        this.customers = Http.to(platform.url(E2ePlatform.CUSTOMERS));
        this.orders = Http.to(platform.url(E2ePlatform.ORDERS));
    }

    public Http orders() {
        return orders;
    }

    public Http items() {
        return items;
    }

    public Http customers() {
        return customers;
    }

    public JsonNode item(long id) {
        Http.Response response = items.get("/api/items/" + id);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    public int stock(long itemId) {
        return item(itemId).path("stock").asInt();
    }

    public Map<Long, Integer> stocks(long... itemIds) {
        Map<Long, Integer> stocks = new LinkedHashMap<>();
        for (long id : itemIds) {
            stocks.put(id, stock(id));
        }
        return stocks;
    }

    /** {@code {balance, lifetime, grade, ledger:[{eventId, delta, reason, at}]}}, ledger newest first. */
    public JsonNode points(long customerId) {
        Http.Response response = customers.get("/api/customers/" + customerId + "/points?limit=500");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    public long balance(long customerId) {
        return points(customerId).path("balance").asLong();
    }

    /** The ledger entries whose reason mentions the order number (credit and reversal of one order). */
    public List<JsonNode> ledgerFor(long customerId, String orderNumber) {
        List<JsonNode> entries = new ArrayList<>();
        points(customerId).path("ledger").forEach(entry -> {
            if (entry.path("reason").asText().contains(orderNumber)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    public Http.Response place(long customerId, Line... lines) {
        List<Map<String, Object>> body = new ArrayList<>();
        for (Line line : lines) {
            body.add(Map.of("itemId", line.itemId(), "quantity", line.quantity()));
        }
        return orders.post("/api/orders", Map.of("customerId", customerId, "lines", body));
    }

    /** Places an order that must succeed; returns the order. */
    public JsonNode placeOk(long customerId, Line... lines) {
        Http.Response response = place(customerId, lines);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json();
    }

    public Http.Response cancel(String orderNumber, String reason) {
        return orders.post("/api/orders/" + orderNumber + "/cancel", Map.of("reason", reason));
    }

    public JsonNode order(String orderNumber) {
        Http.Response response = orders.get("/api/orders/" + orderNumber);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    public List<String> orderNumbersOf(long customerId) {
        Http.Response response = orders.get("/api/orders?customerId=" + customerId + "&limit=100");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        response.json().forEach(order -> numbers.add(order.path("orderNumber").asText()));
        return numbers;
    }

    public Http.Response deliveryStep(String orderNumber, String status) {
        return orders.post("/api/orders/" + orderNumber + "/delivery-events", Map.of("status", status,
                "carrier", "CJ대한통운", "trackingNumber", "6301-2345-6789", "location", "서울 송파 허브"));
    }

    public Http.Response reservation(String orderNumber) {
        return items.get("/api/reservations/" + orderNumber);
    }

    /** A gauge or counter of a service's {@code /actuator/prometheus}, summed over its tag sets. */
    public static double metric(Http service, String name) {
        return metric(service, name, true);
    }

    /** Like {@link #metric(Http, String)}, 0 while the meter does not exist (a Kafka client not created yet). */
    public static double metricOrZero(Http service, String name) {
        return metric(service, name, false);
    }

    private static double metric(Http service, String name, boolean required) {
        Http.Response response = service.getText("/actuator/prometheus");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        double sum = 0;
        boolean found = false;
        for (String line : response.body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        assertThat(found || !required).as("metric %s in %s", name, response.body()).isTrue();
        return sum;
    }

    public record Line(long itemId, int quantity) {
    }

    public static Line line(long itemId, int quantity) {
        return new Line(itemId, quantity);
    }
}
