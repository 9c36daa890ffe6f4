package dev.commerce.platform.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.Http;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A steady mixed load through the gateways, as users would send it: orders of customers (each recorded, so the test
 * can later check that every order was credited once and tracked once), stock lookups through the engine's process
 * facade, Kakao skill requests, and catalogue reads. Each worker sends one request, waits {@code pause}, sends the
 * next; the phase it reports to can be switched while it runs.
 */
final class MixedLoad implements AutoCloseable {

    static final String SKILL_SECRET = "local-kakao-secret";
    private static final List<String> STAND_INS = List.of("답변을 준비하는 데 시간이 걸리고 있어요", "죄송해요");

    record PlacedOrder(String orderNumber, String username, long points) {
    }

    private final Ingress ingress;
    private final Tokens tokens;
    private final long itemId;
    private final Duration pause;
    private final List<Thread> workers = new ArrayList<>();
    private final List<PlacedOrder> orders = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile LoadPhase phase;
    private volatile boolean running = true;

    MixedLoad(Ingress ingress, Tokens tokens, long itemId, Duration pause) {
        this.ingress = ingress;
        this.tokens = tokens;
        this.itemId = itemId;
        this.pause = pause;
    }

    MixedLoad start(int workerCount, LoadPhase first) {
        this.phase = first;
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "load-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    /** Later requests count for {@code next}; returns the phase that ended. */
    LoadPhase switchTo(LoadPhase next) {
        LoadPhase ended = phase;
        phase = next;
        return ended;
    }

    List<PlacedOrder> orders() {
        return List.copyOf(orders);
    }

    private void work() {
        while (running) {
            long n = sequence.incrementAndGet();
            LoadPhase current = phase;
            switch ((int) (n % 10)) {
                case 0, 3, 6 -> order(current, n % 3 == 0 ? "minsu" : "jiyoung");
                case 1, 4 -> stockLookup(current);
                case 2, 5, 8 -> kakao(current, n);
                default -> read(current);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void order(LoadPhase current, String username) {
        call(current, "order", () -> gateway().withToken(tokens.of(username))
                .post("/api/orders", Map.of("lines", List.of(Map.of("itemId", itemId, "quantity", 1)))), response -> {
            if (response.status() == 201) {
                JsonNode order = response.json();
                orders.add(new PlacedOrder(order.path("orderNumber").asText(), username, order.path("points").asLong()));
                current.orderPlaced();
                return true;
            }
            return false;
        });
    }

    private void stockLookup(LoadPhase current) {
        call(current, "stock-lookup", () -> gateway().withToken(tokens.of("junho"))
                .post("/api/processes/stock-lookup", Map.of("itemName", "아메리카노")),
                response -> response.status() == 200 && response.json().path("status").asText().equals("AVAILABLE"));
    }

    private void kakao(LoadPhase current, long n) {
        boolean points = n % 2 == 0;
        String utterance = points ? "내 포인트 얼마야" : "아메리카노 재고 있어요?";
        String user = points ? "kakao-minsu" : "kakao-load-" + (n % 50);
        call(current, "kakao", () -> gateway().withHeader("X-Skill-Secret", SKILL_SECRET).post("/kakao/skill",
                skill(utterance, user)), response -> response.status() == 200 && expectedReply(response, points));
    }

    private void read(LoadPhase current) {
        call(current, "read", () -> gateway().get("/api/items/" + itemId), response -> response.status() == 200);
    }

    private static boolean expectedReply(Http.Response response, boolean points) {
        String text = response.json().at("/template/outputs/0/simpleText/text").asText("");
        return !text.isEmpty() && (points ? text.contains("포인트") : text.contains("아메리카노"));
    }

    private void call(LoadPhase current, String operation, Supplier<Http.Response> request,
                      Predicate<Http.Response> expected) {
        Http.Response response;
        try {
            response = request.get();
        } catch (UncheckedIOException e) {
            current.failed(operation, e.getMessage() + ": " + e.getCause());
            return;
        }
        if (expected.test(response)) {
            current.ok(operation);
        } else if (response.status() >= 500 || isStandIn(response)) {
            current.failed(operation, response.toString());
        } else {
            current.unexpected(operation, response.toString());
        }
    }

    private static boolean isStandIn(Http.Response response) {
        return response.status() == 200 && STAND_INS.stream().anyMatch(response.body()::contains);
    }

    private Http gateway() {
        return Http.to(ingress.next());
    }

    static Map<String, Object> skill(String utterance, String user) {
        return Map.of("userRequest", Map.of("utterance", utterance, "user", Map.of("id", user, "type", "botUserKey")),
                "bot", Map.of("id", "cluster-bot"), "action", Map.of("params", Map.of()));
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the workers once their request under way finished (no interrupt: it is counted). Idempotent. */
    void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(40).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
