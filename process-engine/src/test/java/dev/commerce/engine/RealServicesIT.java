package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.commerce.engine.testsupport.HttpCalls;
import dev.commerce.engine.testsupport.RealServices;
import dev.commerce.engine.testsupport.TestDatabase;
import dev.commerce.engine.testsupport.TestDatabaseProfiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine against the real domain services (child JVMs of their built jars) and a real Kafka broker: orders
 * placed in order-service reach the engine through commerce.orders, lookups and promotions call the real REST
 * APIs, coupons land in customer-service.
 */
@ExtendWith(RealServices.class)
@SpringBootTest(classes = EngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.wait-time-in-millis=500")
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@DirtiesContext
class RealServicesIT {

  @LocalServerPort
  private int port;
  @Autowired
  private HistoryService history;
  @Autowired
  private ManagementService management;
  @Autowired
  private TaskService tasks;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestDatabase.properties("commerce_engine_real_test").forEach((name, value) -> registry.add(name, () -> value));
    registry.add("spring.kafka.bootstrap-servers", () -> RealServices.platform().kafkaBootstrapServers());
    for (String service : RealServices.SERVICES) {
      registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
          () -> RealServices.platform().baseUrl(service));
    }
  }

  @BeforeAll
  static void patience() {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
    org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(300));
  }

  @Test
  void stockLookupAsksTheRealItemService() {
    JsonNode available = engine().postJson("/api/processes/stock-lookup", "{\"itemName\":\"아메리카노\"}").json();
    JsonNode soldOut = engine().postJson("/api/processes/stock-lookup", "{\"itemName\":\"치즈케이크\"}").json();
    JsonNode typo = engine().postJson("/api/processes/stock-lookup", "{\"itemName\":\"아메리까노\"}").json();
    JsonNode byId = engine().postJson("/api/processes/stock-lookup", "{\"itemId\":5,\"quantity\":10}").json();

    assertThat(available.path("status").asText()).isEqualTo("AVAILABLE");
    assertThat(available.path("item").path("sku").asText()).isEqualTo("AMR-001");
    assertThat(soldOut.path("status").asText()).isEqualTo("OUT_OF_STOCK");
    assertThat(soldOut.path("alternatives").get(0).path("sku").asText()).isEqualTo("CHO-001");
    assertThat(typo.path("status").asText()).isEqualTo("NOT_FOUND");
    assertThat(typo.path("suggestions").get(0).asText()).isEqualTo("아메리카노");
    assertThat(byId.path("status").asText()).isEqualTo("LOW");
    assertThat(byId.path("item").path("name").asText()).isEqualTo("녹차라떼");
  }

  @Test
  void anOrderPlacedInOrderServiceIsTrackedUntilDelivered() {
    String order = placeOrder(1, 8);
    await().until(() -> tracking(order).path("currentActivities").toString().contains("Event_DeliveryUpdated"));

    for (String status : List.of("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED")) {
      HttpCalls.Result step = service("order-service").postJson("/api/orders/" + order + "/delivery-events",
          "{\"status\":\"" + status + "\",\"carrier\":\"CJ대한통운\",\"trackingNumber\":\"1234-5678\","
              + "\"location\":\"서울 허브\"}");
      assertThat(step.status()).as("delivery step %s: %s", status, step.body()).isEqualTo(200);
    }

    await().until(() -> tracking(order).path("ended").asBoolean());
    JsonNode tracking = tracking(order);
    assertThat(tracking.path("outcome").asText()).isEqualTo("DELIVERED");
    List<String> statuses = new ArrayList<>();
    tracking.path("deliveryStatuses").forEach(s -> statuses.add(s.path("status").asText()));
    assertThat(statuses).containsExactly("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
  }

  @Test
  void aCancelledOrderEndsItsTracking() {
    String order = placeOrder(2, 1);
    await().until(() -> tracking(order).path("processInstanceId").isTextual());

    assertThat(service("order-service").postJson("/api/orders/" + order + "/cancel", "{\"reason\":\"테스트 취소\"}")
        .status()).isEqualTo(200);

    await().until(() -> tracking(order).path("ended").asBoolean());
    assertThat(tracking(order).path("outcome").asText()).isEqualTo("CANCELLED");
    assertThat(tracking(order).path("cancelReason").asText()).isEqualTo("테스트 취소");
  }

  @Test
  void anOverdueOrderGetsARealApologyCoupon() {
    String order = placeOrder(1, 12);
    await().until(() -> tracking(order).path("processInstanceId").isTextual());
    String instanceId = tracking(order).path("processInstanceId").asText();

    management.executeJob(management.createJobQuery().processInstanceId(instanceId).timers().singleResult().getId());

    await().until(() -> tasks.createTaskQuery().processInstanceId(instanceId).count() == 1);
    String code = tracking(order).path("apologyCouponCode").asText();
    JsonNode coupons = service("customer-service").get("/api/customers/1/coupons?usable=false").json();
    assertThat(coupons.toString()).contains("DELAY-" + order, code);
  }

  @Test
  void aPromotionIssuesRealCouponsAndPublishesOffers() {
    String campaign = "REAL-" + UUID.randomUUID().toString().substring(0, 8);
    try (Consumer<String, String> offers = consumer()) {
      HttpCalls.Result started = engine().postJson("/api/promotions",
          "{\"campaign\":\"" + campaign + "\",\"minGrade\":\"SILVER\"}");
      assertThat(started.status()).isEqualTo(202);
      String id = started.json().path("processInstanceId").asText();

      await().until(() -> engine().get("/api/promotions/" + id).json().path("ended").asBoolean());
      JsonNode status = engine().get("/api/promotions/" + id).json();
      assertThat(status.path("targeted").asInt()).as(status.toString()).isEqualTo(2);
      assertThat(status.path("issued").asInt()).as(status.toString()).isEqualTo(2);

      JsonNode minsuCoupons = service("customer-service").get("/api/customers/1/coupons?usable=false").json();
      assertThat(minsuCoupons.toString()).contains(campaign);
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      await().until(() -> {
        offers.poll(Duration.ofMillis(500)).forEach(records::add);
        return records.stream().filter(r -> r.value().contains(campaign)).count() == 2;
      });
    }
  }

  /** order-service bounds its calls to item-service tightly; on a loaded machine a placement may be refused. */
  private String placeOrder(long customerId, long itemId) {
    String body = "{\"customerId\":" + customerId + ",\"lines\":[{\"itemId\":" + itemId + ",\"quantity\":1}]}";
    HttpCalls.Result[] placed = new HttpCalls.Result[1];
    await().until(() -> {
      placed[0] = service("order-service").postJson("/api/orders", body);
      return placed[0].status() != 503;
    });
    assertThat(placed[0].status()).as(placed[0].body()).isEqualTo(201);
    return placed[0].json().path("orderNumber").asText();
  }

  private JsonNode tracking(String order) {
    HttpCalls.Result result = engine().get("/api/orders/" + order + "/tracking");
    return result.status() == 200 ? result.json() : MissingNode.getInstance();
  }

  private HttpCalls engine() {
    return new HttpCalls("http://localhost:" + port);
  }

  private static HttpCalls service(String name) {
    return new HttpCalls(RealServices.platform().baseUrl(name));
  }

  private static Consumer<String, String> consumer() {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", RealServices.platform().kafkaBootstrapServers(),
        "group.id", "real-offers-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
        new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of("commerce.promotions"));
    return consumer;
  }
}
