package dev.commerce.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.Http;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calls the cluster tests make, on named instances or through a given gateway. */
final class ClusterShop {

    static final String ENGINE_AUTH = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());

    private final ClusterPlatform cluster;
    private final Tokens tokens;

    ClusterShop(ClusterPlatform cluster, Tokens tokens) {
        this.cluster = cluster;
        this.tokens = tokens;
    }

    Http gateway(int instance, String username) {
        Http gateway = Http.to(cluster.urls("gateway").get(instance));
        return username == null ? gateway : gateway.withToken(tokens.of(username));
    }

    String token(String username) {
        return tokens.of(username);
    }

    Http service(String instance) {
        return Http.to(cluster.url(instance));
    }

    /** A new item of the given stock, created by an admin through the gateway; returns its id. */
    long newItem(String name, int stock, int points) {
        String sku = "CLU-" + (100000 + Math.floorMod(UUID.randomUUID().hashCode(), 900000));
        Http.Response created = gateway(0, "admin").post("/api/items", Map.of("sku", sku, "name", name,
                "category", "beans", "price", 1000, "stock", stock, "points", points));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    int stock(long itemId) {
        return service("item-service").get("/api/items/" + itemId).json().path("stock").asInt();
    }

    /** {@code {balance, lifetime, grade, ledger}} straight from customer-service (the newest ledger entry only). */
    JsonNode points(long customerId) {
        Http.Response response = service("customer-service").get("/api/customers/" + customerId + "/points?limit=1");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    /** How many points-ledger entries credit each of these orders ({@code ORDER_PLACED}). */
    Map<String, Integer> credits(List<String> orderNumbers) {
        return cluster.databases().orderCredits(orderNumbers);
    }

    /** The business keys of every delivery-tracking instance the engine cluster ever started (history). */
    List<String> trackedOrders() {
        Http.Response response = service("process-engine").withHeader("Authorization", ENGINE_AUTH)
                .get("/engine-rest/history/process-instance?processDefinitionKey=delivery-tracking&maxResults=100000");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().forEach(instance -> keys.add(instance.path("businessKey").asText()));
        return keys;
    }

    /** A Kakao i Open Builder skill request, posted where {@code to} points (a gateway or an adapter). */
    static Http.Response ask(Http to, String utterance, String user) {
        return to.withHeader("X-Skill-Secret", MixedLoad.SKILL_SECRET).post("/kakao/skill", MixedLoad.skill(utterance, user));
    }

    static String replyText(Http.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().at("/template/outputs/0/simpleText/text").asText();
    }
}
