package dev.commerce.bench.orders;

import dev.commerce.bench.Http;
import dev.commerce.bench.load.Workload;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/orders} with 1-3 lines of distinct items (quantity 1-2) for one of the demo customers, chosen
 * at random per client from a fixed seed, so runs place comparable orders. Remembers when each order's 201 arrived,
 * which the lag measurement starts from.
 */
final class OrderWorkload implements Workload {

    private static final Pattern ORDER_NUMBER = Pattern.compile("\"orderNumber\"\\s*:\\s*\"([^\"]+)\"");

    private final String url;
    private final List<Long> itemIds;
    private final List<Long> customerIds;
    private final SplittableRandom[] randoms;
    private final Map<String, Long> placedAtNanos = new ConcurrentHashMap<>();

    OrderWorkload(String orderServiceUrl, List<Long> itemIds, List<Long> customerIds, int clients, long seed) {
        this.url = orderServiceUrl + "/api/orders";
        this.itemIds = List.copyOf(itemIds);
        this.customerIds = List.copyOf(customerIds);
        this.randoms = new SplittableRandom[clients];
        for (int client = 0; client < clients; client++) {
            randoms[client] = new SplittableRandom(seed * 1_000 + client);
        }
    }

    @Override
    public HttpRequest request(int client, long sequence) {
        SplittableRandom random = randoms[client];
        long customer = customerIds.get(random.nextInt(customerIds.size()));
        int lineCount = 1 + random.nextInt(3);
        StringBuilder lines = new StringBuilder();
        random.ints(0, itemIds.size()).distinct().limit(lineCount).forEach(index -> lines
                .append(lines.length() == 0 ? "" : ",")
                .append("{\"itemId\":").append(itemIds.get(index)).append(",\"quantity\":")
                .append(1 + random.nextInt(2)).append('}'));
        String body = "{\"customerId\":" + customer + ",\"lines\":[" + lines + "]}";
        return Http.jsonRequest(url, "POST", body).build();
    }

    @Override
    public boolean accept(int client, HttpResponse<String> response, long completedNanos) {
        if (response.statusCode() != 201) {
            return false;
        }
        Matcher matcher = ORDER_NUMBER.matcher(response.body());
        if (!matcher.find()) {
            return false;
        }
        placedAtNanos.put(matcher.group(1), completedNanos);
        return true;
    }

    /** Order number → when its 201 arrived ({@link System#nanoTime()}), for every order this workload placed. */
    Map<String, Long> placedAtNanos() {
        return placedAtNanos;
    }
}
