package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.AMERICANO;
import static dev.commerce.platform.support.Shop.MINSU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.platform.support.E2ePlatform;
import dev.commerce.platform.support.Http;
import dev.commerce.platform.support.NeedsGateway;
import dev.commerce.platform.support.PlatformExtension;
import dev.commerce.platform.support.Shop;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as an outside client sees it: through the gateway with real Keycloak tokens, in front of the real
 * services. A customer orders for herself and sees only her own orders; operators run deliveries.
 */
@Order(80)
@NeedsGateway
@ExtendWith(PlatformExtension.class)
class GatewayIT {

    private static Http gateway;
    private static Shop shop;
    private static String minsu;
    private static String jiyoung;
    private static String operator;

    @BeforeAll
    static void connect() {
        E2ePlatform platform = E2ePlatform.get();
        gateway = Http.to(platform.gatewayUrl());
        shop = new Shop(platform);
        KeycloakServer keycloak = platform.keycloak();
        minsu = token(keycloak, "minsu");
        jiyoung = token(keycloak, "jiyoung");
        operator = token(keycloak, "operator");
    }

    @Test
    void aCustomerOrdersForHerselfAndOnlySheCanReadTheOrder() {
        long balanceBefore = shop.balance(MINSU);
        int stockBefore = shop.stock(AMERICANO);

        // no customerId in the body: the gateway takes it from the token
        Http.Response placed = gateway.withToken(minsu).post("/api/orders",
                "{\"lines\":[{\"itemId\":" + AMERICANO + ",\"quantity\":2}]}");

        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        String number = placed.json().path("orderNumber").asText();
        assertThat(placed.json().path("customerId").asLong()).isEqualTo(MINSU);
        assertThat(shop.stock(AMERICANO)).isEqualTo(stockBefore - 2);

        Http.Response own = gateway.withToken(minsu).get("/api/orders/" + number);
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.json().path("lines").get(0).path("sku").asText()).isEqualTo("AMR-001");
        Http.Response list = gateway.withToken(minsu).get("/api/orders");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().get(0).path("orderNumber").asText()).isEqualTo(number);
        assertThat(list.json()).allSatisfy(order -> assertThat(order.path("customerId").asLong()).isEqualTo(MINSU));

        Http.Response someoneElses = gateway.withToken(jiyoung).get("/api/orders/" + number);
        assertThat(someoneElses.status()).as("%s", someoneElses).isEqualTo(404);
        assertThat(someoneElses.isProblem()).as("%s", someoneElses).isTrue();

        Http.Response anonymous = gateway.get("/api/orders/" + number);
        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
        assertThat(anonymous.isProblem()).as("%s", anonymous).isTrue();
        Http.Response anonymousOrder = gateway.post("/api/orders",
                "{\"customerId\":1,\"lines\":[{\"itemId\":" + AMERICANO + ",\"quantity\":1}]}");
        assertThat(anonymousOrder.status()).as("%s", anonymousOrder).isEqualTo(401);
        assertThat(shop.stock(AMERICANO)).isEqualTo(stockBefore - 2);

        // the points come through Kafka as for any order, and she reads them through the gateway
        await().untilAsserted(() -> {
            Http.Response points = gateway.withToken(minsu).get("/api/customers/me/points");
            assertThat(points.status()).as("%s", points).isEqualTo(200);
            assertThat(points.json().path("balance").asLong()).isEqualTo(balanceBefore + 2 * 45);
        });
    }

    @Test
    void operatorsPostDeliveryEventsAndCustomersCannot() {
        String number = gateway.withToken(minsu).post("/api/orders",
                "{\"lines\":[{\"itemId\":" + AMERICANO + ",\"quantity\":1}]}").json().path("orderNumber").asText();
        Map<String, String> packed = Map.of("status", "PACKED", "carrier", "CJ대한통운",
                "trackingNumber", "6301-0000-0001", "location", "이천 물류센터");

        Http.Response byCustomer = gateway.withToken(minsu).post("/api/orders/" + number + "/delivery-events", packed);
        assertThat(byCustomer.status()).as("%s", byCustomer).isEqualTo(403);
        assertThat(byCustomer.isProblem()).as("%s", byCustomer).isTrue();
        assertThat(shop.order(number).path("status").asText()).isEqualTo("PLACED");

        Http.Response byOperator = gateway.withToken(operator).post("/api/orders/" + number + "/delivery-events",
                packed);
        assertThat(byOperator.status()).as("%s", byOperator).isEqualTo(200);
        assertThat(byOperator.json().path("status").asText()).isEqualTo("PACKED");
        assertThat(shop.order(number).path("status").asText()).isEqualTo("PACKED");

        JsonNode delivery = gateway.withToken(minsu).get("/api/orders/" + number + "/delivery").json();
        assertThat(delivery.path("status").asText()).isEqualTo("PACKED");
        assertThat(delivery.path("carrier").asText()).isEqualTo("CJ대한통운");
    }

    /**
     * item-service down costs placing orders, not reading them: order-service's own 503 (naming item-service) passes
     * through the gateway, and however many orders are refused, the gateway's order-service circuit stays closed.
     */
    @Test
    void anItemServiceOutageCostsPlacingOrdersNotReadingThem() {
        String order = "{\"lines\":[{\"itemId\":" + AMERICANO + ",\"quantity\":1}]}";
        String number = gateway.withToken(minsu).post("/api/orders", order).json().path("orderNumber").asText();
        int stockBefore = shop.stock(AMERICANO);

        E2ePlatform platform = E2ePlatform.get();
        platform.stop(E2ePlatform.ITEMS);
        try {
            for (int attempt = 0; attempt < 15; attempt++) {
                Http.Response refused = gateway.withToken(minsu).post("/api/orders", order);
                assertThat(refused.status()).as("%s", refused).isEqualTo(503);
                assertThat(refused.isProblem()).as("%s", refused).isTrue();
                assertThat(refused.json().path("service").asText()).as("%s", refused).isEqualTo("item-service");
            }
            Http.Response own = gateway.withToken(minsu).get("/api/orders/" + number);
            assertThat(own.status()).as("%s", own).isEqualTo(200);
            assertThat(own.json().path("orderNumber").asText()).isEqualTo(number);
        } finally {
            platform.start(E2ePlatform.ITEMS);
        }

        assertThat(shop.stock(AMERICANO)).isEqualTo(stockBefore);
        // ordering comes back once order-service's own breaker lets a call through to item-service again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(gateway.withToken(minsu).post("/api/orders", order).status()).isEqualTo(201));
        assertThat(shop.stock(AMERICANO)).isEqualTo(stockBefore - 1);
    }

    @Test
    void theCatalogueIsPublic() {
        Http.Response item = gateway.get("/api/items/" + AMERICANO);
        assertThat(item.status()).as("%s", item).isEqualTo(200);
        assertThat(item.json().path("name").asText()).isEqualTo("아메리카노");
        assertThat(item.json().path("stock").asInt()).isEqualTo(shop.stock(AMERICANO));
    }

    private static String token(KeycloakServer keycloak, String username) {
        Http.Response response = Http.to(keycloak.issuerUri()).postForm("/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "commerce-cli", "username", username, "password", "demo1234"));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().path("access_token").asText();
    }
}
