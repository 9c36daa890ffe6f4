package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.testsupport.HttpCalls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** commerce.orders on a real broker → delivery-tracking instances, as docs/events.md describes the records. */
class OrderEventsIT extends EngineIntegrationTest {

  @Autowired
  private KafkaOperations<Object, Object> kafka;
  @Autowired
  private EmbeddedKafkaBroker broker;
  @Autowired
  private HistoryService history;
  @Autowired
  private ManagementService management;
  @Autowired
  private TaskService tasks;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void orderPlacedStartsTrackingOnceEvenWhenReplayed() throws Exception {
    String order = "ORD-20261120-1001";
    String placed = orderPlaced(order, 1);
    send(order, "OrderPlaced", placed);
    await().until(() -> instances(order) == 1);

    send(order, "OrderPlaced", placed);
    send(order, "OrderPlaced", orderPlaced(order, 1));
    send(order, "DeliveryUpdated", deliveryUpdated(order, "PACKED"));
    await().until(() -> tracking(order).path("deliveryStatuses").size() == 1);

    assertThat(instances(order)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_tracking_start WHERE order_number = ?",
        Integer.class, order)).isEqualTo(1);
  }

  @Test
  void deliveryUpdatesDriveTheOrderToDeliveredAndTheTrackingEndpointShowsIt() throws Exception {
    String order = "ORD-20261120-1002";
    send(order, "OrderPlaced", orderPlaced(order, 1));
    for (String status : List.of("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED")) {
      send(order, "DeliveryUpdated", deliveryUpdated(order, status));
    }

    await().until(() -> tracking(order).path("ended").asBoolean());
    JsonNode tracking = tracking(order);
    assertThat(tracking.path("outcome").asText()).isEqualTo("DELIVERED");
    assertThat(tracking.path("state").asText()).isEqualTo("COMPLETED");
    List<String> statuses = new ArrayList<>();
    tracking.path("deliveryStatuses").forEach(s -> statuses.add(s.path("status").asText()));
    assertThat(statuses).containsExactly("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
    assertThat(tracking.path("deliveryStatuses").get(1).path("carrier").asText()).isEqualTo("CJ대한통운");
    assertThat(tracking.path("history").toString()).contains("Event_OrderPlaced", "End_Delivered");
    assertThat(tracking.path("currentActivities")).isEmpty();
  }

  @Test
  void orderCancelledEndsTheTracking() throws Exception {
    String order = "ORD-20261120-1003";
    send(order, "OrderPlaced", orderPlaced(order, 2));
    await().until(() -> tracking(order).path("currentActivities").toString().contains("Event_DeliveryUpdated"));

    send(order, "OrderCancelled", envelope("OrderCancelled", order,
        Map.of("orderNumber", order, "customerId", 2, "reason", "고객 요청", "cancelledAt", Instant.now().toString())));

    await().until(() -> tracking(order).path("ended").asBoolean());
    assertThat(tracking(order).path("outcome").asText()).isEqualTo("CANCELLED");
    assertThat(tracking(order).path("cancelReason").asText()).isEqualTo("고객 요청");
  }

  /**
   * After a broker outage (or with two order-service instances) OrderCancelled can arrive before its OrderPlaced:
   * the late OrderPlaced must start no tracking, so no overdue timer and no apology coupon for a cancelled order.
   */
  @Test
  void anOrderPlacedArrivingAfterItsCancellationStartsNoTracking() throws Exception {
    String order = "ORD-20261120-1005";
    String cancelled = envelope("OrderCancelled", order,
        Map.of("orderNumber", order, "customerId", 2, "reason", "장애 중 취소", "cancelledAt", Instant.now().toString()));
    String placed = orderPlaced(order, 2);
    send(order, "OrderCancelled", cancelled);
    send(order, "OrderPlaced", placed);
    send(order, "OrderPlaced", placed);

    await().until(() -> processed(cancelled) && processed(placed));
    // a later order on the same partition proves the consumer is past both records
    String next = "ORD-20261120-1006";
    send(next, "OrderPlaced", orderPlaced(next, 2));
    await().until(() -> instances(next) == 1);

    assertThat(instances(order)).isZero();
    assertThat(http().get("/api/orders/" + order + "/tracking").status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery_tracking_start WHERE order_number = ?",
        Integer.class, order)).isZero();
    assertThat(SERVICES.couponsOf(2L)).doesNotContainKey("DELAY-" + order);
  }

  @Test
  void unknownOrdersAreSkippedAndUnreadableRecordsGoStraightToTheDlt() throws Exception {
    String unknown = "ORD-19990101-0001";
    String unknownEvent = deliveryUpdated(unknown, "SHIPPED");
    String unknownId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(unknownEvent).path("id").asText();
    send(unknown, "DeliveryUpdated", unknownEvent);
    String garbageKey = "garbage-" + UUID.randomUUID();
    kafka.send(new ProducerRecord<>("commerce.orders", garbageKey, "{not json")).get();

    try (Consumer<String, String> dlt = dltConsumer()) {
      List<ConsumerRecord<String, String>> seen = new ArrayList<>();
      await().until(() -> {
        KafkaTestUtils.getRecords(dlt, Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().anyMatch(r -> garbageKey.equals(r.key()));
      });
      assertThat(seen).filteredOn(r -> garbageKey.equals(r.key())).singleElement()
          .satisfies(r -> assertThat(r.value()).isEqualTo("{not json"));
      assertThat(seen).noneMatch(r -> unknown.equals(r.key()));
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", Integer.class,
        unknownId)).isEqualTo(1);
    assertThat(instances(unknown)).isZero();
  }

  @Test
  void anOverdueOrderGetsAnApologyCouponAndAnOperatorTask() throws Exception {
    String order = "ORD-20261120-1004";
    send(order, "OrderPlaced", orderPlaced(order, 1));
    await().until(() -> instances(order) == 1);
    String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(order)
        .singleResult().getId();
    Job timer = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();

    management.executeJob(timer.getId());

    await().until(() -> tasks.createTaskQuery().processInstanceBusinessKey(order).count() == 1);
    JsonNode tracking = tracking(order);
    assertThat(tracking.path("openTasks").get(0).path("name").asText()).isEqualTo("배송 지연 확인");
    assertThat(tracking.path("openTasks").get(0).path("candidateGroups").toString()).contains("operator");
    assertThat(tracking.path("apologyCouponCode").asText())
        .isEqualTo(SERVICES.couponsOf(1L).get("DELAY-" + order).get("code"));
  }

  private boolean processed(String envelope) throws Exception {
    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(envelope).path("id").asText();
    return jdbc.queryForObject("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", Integer.class, id) == 1;
  }

  private long instances(String order) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("delivery-tracking")
        .processInstanceBusinessKey(order).count();
  }

  private JsonNode tracking(String order) {
    HttpCalls.Result result = http().get("/api/orders/" + order + "/tracking");
    return result.status() == 200 ? result.json() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private void send(String key, String type, String value) throws Exception {
    ProducerRecord<Object, Object> record = new ProducerRecord<>("commerce.orders", key, value);
    record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
    kafka.send(record).get();
  }

  private Consumer<String, String> dltConsumer() {
    Map<String, Object> props = KafkaTestUtils.consumerProps("dlt-check-" + UUID.randomUUID(), "false", broker);
    props.put("auto.offset.reset", "earliest");
    Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
        new StringDeserializer()).createConsumer();
    consumer.subscribe(List.of("commerce.orders.DLT"));
    return consumer;
  }

  static String orderPlaced(String order, long customerId) {
    return envelope("OrderPlaced", order, Map.of("orderNumber", order, "customerId", customerId,
        "lines", List.of(Map.of("itemId", 1, "sku", "AMR-001", "name", "아메리카노", "category", "coffee",
            "quantity", 2, "unitPrice", 4500, "points", 45)),
        "total", 9000, "points", 90, "placedAt", Instant.now().toString()));
  }

  static String deliveryUpdated(String order, String status) {
    return envelope("DeliveryUpdated", order, Map.of("orderNumber", order, "customerId", 1, "status", status,
        "carrier", "CJ대한통운", "trackingNumber", "6543-2109", "location", "서울 허브", "at", Instant.now().toString()));
  }

  static String envelope(String type, String subject, Map<String, Object> data) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("specversion", "1.0",
          "id", UUID.randomUUID().toString(), "type", type, "source", "/order-service",
          "time", Instant.now().toString(), "subject", subject, "datacontenttype", "application/json",
          "data", data));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
