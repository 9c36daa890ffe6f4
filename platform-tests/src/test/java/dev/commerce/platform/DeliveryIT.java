package dev.commerce.platform;

import static dev.commerce.platform.support.Shop.BAGEL;
import static dev.commerce.platform.support.Shop.JUNHO;
import static dev.commerce.platform.support.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.platform.support.E2ePlatform;
import dev.commerce.platform.support.Http;
import dev.commerce.platform.support.KafkaTopics;
import dev.commerce.platform.support.KafkaTopics.Event;
import dev.commerce.platform.support.PlatformExtension;
import dev.commerce.platform.support.Shop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An order travels PACKED → SHIPPED → IN_TRANSIT → DELIVERED; once shipped it can no longer be cancelled. */
@Order(30)
@ExtendWith(PlatformExtension.class)
class DeliveryIT {

    private static Shop shop;
    private static KafkaTopics topics;

    @BeforeAll
    static void connect() {
        shop = new Shop(E2ePlatform.get());
        topics = new KafkaTopics(E2ePlatform.get().kafkaBootstrapServers());
    }

    @Test
    void anOrderIsDeliveredStepByStepAndCannotBeCancelledOnceShipped() {
        int stockBefore = shop.stock(BAGEL);
        long balanceBefore = shop.balance(JUNHO);
        String number = shop.placeOk(JUNHO, line(BAGEL, 2)).path("orderNumber").asText();

        assertStep(number, "PACKED", 200);
        Http.Response skipped = shop.deliveryStep(number, "IN_TRANSIT");
        assertThat(skipped.status()).as("%s", skipped).isEqualTo(409);
        assertThat(skipped.json().path("type").asText()).isEqualTo("/problems/conflict");
        assertStep(number, "SHIPPED", 200);

        Http.Response lateCancel = shop.cancel(number, "배송 시작 후 취소");
        assertThat(lateCancel.status()).as("%s", lateCancel).isEqualTo(409);
        assertThat(lateCancel.isProblem()).as("%s", lateCancel).isTrue();
        assertThat(lateCancel.json().path("type").asText()).isEqualTo("/problems/conflict");
        assertThat(shop.order(number).path("status").asText()).isEqualTo("SHIPPED");

        assertStep(number, "IN_TRANSIT", 200);
        assertStep(number, "DELIVERED", 200);
        assertStep(number, "DELIVERED", 409);

        JsonNode delivery = shop.orders().get("/api/orders/" + number + "/delivery").json();
        assertThat(delivery.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.path("carrier").asText()).isEqualTo("CJ대한통운");
        assertThat(delivery.path("trackingNumber").asText()).isEqualTo("6301-2345-6789");
        List<String> timeline = new ArrayList<>();
        delivery.path("events").forEach(event -> timeline.add(event.path("status").asText()));
        assertThat(timeline).containsExactly("PLACED", "PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
        assertThat(shop.order(number).path("status").asText()).isEqualTo("DELIVERED");

        // each accepted step is one DeliveryUpdated on commerce.orders, in order; the refused ones are not there
        List<Event> updates = await().until(() -> deliveryUpdates(number), events -> events.size() >= 4);
        assertThat(updates).extracting(e -> e.data().path("status").asText())
                .containsExactly("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
        assertThat(updates).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo(number);
            assertThat(e.ceType()).isEqualTo("DeliveryUpdated");
            assertThat(e.data().path("customerId").asLong()).isEqualTo(JUNHO);
        });
        assertThat(updates.get(3).data().path("trackingNumber").asText()).isEqualTo("6301-2345-6789");
        assertThat(updates.get(3).data().path("location").asText()).isEqualTo("서울 송파 허브");

        // the refused cancel released nothing and reversed nothing
        assertThat(topics.readAll(KafkaTopics.ORDERS)).noneMatch(e -> number.equals(e.key())
                && "OrderCancelled".equals(e.type()));
        assertThat(shop.stock(BAGEL)).isEqualTo(stockBefore - 2);
        assertThat(shop.reservation(number).json().path("status").asText()).isEqualTo("RESERVED");
        await().until(() -> shop.ledgerFor(JUNHO, number).size() == 1);
        assertThat(shop.balance(JUNHO)).isEqualTo(balanceBefore + 2 * 35);
    }

    private static void assertStep(String number, String status, int expected) {
        Http.Response step = shop.deliveryStep(number, status);
        assertThat(step.status()).as("%s", step).isEqualTo(expected);
    }

    /** The DeliveryUpdated events of the order, one per event id, in topic order. */
    private static List<Event> deliveryUpdates(String number) {
        Map<String, Event> byId = new LinkedHashMap<>();
        topics.readAll(KafkaTopics.ORDERS).stream()
                .filter(e -> number.equals(e.key()) && "DeliveryUpdated".equals(e.type()))
                .forEach(e -> byId.putIfAbsent(e.id(), e));
        return new ArrayList<>(byId.values());
    }
}
