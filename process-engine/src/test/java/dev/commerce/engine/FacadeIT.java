package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.testsupport.HttpCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** The /api facade over HTTP, with the domain services behind real HTTP and Kafka on a real broker. */
class FacadeIT extends EngineIntegrationTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private ManagementService management;
  @Autowired
  private EmbeddedKafkaBroker broker;

  @AfterEach
  void servicesBackUp() {
    SERVICES.up("item-service");
    SERVICES.up("customer-service");
  }

  @Test
  void stockLookupAnswersSynchronouslyWithAlternatives() {
    HttpCalls.Result result = http().postJson("/api/processes/stock-lookup", "{\"itemName\":\"콜드브루\",\"quantity\":2}");

    assertThat(result.status()).isEqualTo(200);
    JsonNode body = result.json();
    assertThat(body.path("status").asText()).isEqualTo("OUT_OF_STOCK");
    assertThat(body.path("item").path("sku").asText()).isEqualTo("CBR-001");
    assertThat(body.path("alternatives")).hasSize(3);
    assertThat(body.path("alternatives").get(0).path("name").asText()).isEqualTo("아메리카노");
    assertThat(body.path("suggestions")).isEmpty();
  }

  @Test
  void stockLookupByUnknownIdIsNotFoundAnswerNotAnError() {
    HttpCalls.Result result = http().postJson("/api/processes/stock-lookup", "{\"itemId\":4242}");

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.json().path("status").asText()).isEqualTo("NOT_FOUND");
    assertThat(result.json().path("item").isNull()).isTrue();
  }

  @Test
  void badRequestsAreProblemsAndStartNothing() {
    long before = runtime.createProcessInstanceQuery().count();

    HttpCalls.Result missing = http().postJson("/api/processes/stock-lookup", "{\"quantity\":0}");
    HttpCalls.Result unknownField = http().postJson("/api/processes/stock-lookup", "{\"itemName\":\"x\",\"qty\":1}");
    HttpCalls.Result notJson = http().postJson("/api/promotions", "{campaign");
    HttpCalls.Result badCampaign = http().postJson("/api/promotions", "{\"campaign\":\"two words\",\"minGrade\":\"PLATIN\"}");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.json().path("type").asText()).isEqualTo("/problems/validation-failed");
    assertThat(missing.json().path("errors").toString()).contains("quantity", "itemName or itemId is required");
    assertThat(unknownField.json().path("type").asText()).isEqualTo("/problems/malformed-request");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(badCampaign.json().path("errors").toString()).contains("campaign", "minGrade");
    assertThat(http().get("/api/orders/ORD-00000000-0000/tracking").json().path("type").asText())
        .isEqualTo("/problems/not-found");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void itemServiceDownIsA503AndLeavesNoInstance() {
    SERVICES.down("item-service");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("stock-lookup").count();

    HttpCalls.Result result = http().postJson("/api/processes/stock-lookup", "{\"itemName\":\"아메리카노\"}");

    assertThat(result.status()).isEqualTo(503);
    assertThat(result.json().path("type").asText()).isEqualTo("/problems/service-unavailable");
    assertThat(result.json().path("service").asText()).isEqualTo("item-service");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("stock-lookup").count()).isEqualTo(before);
  }

  @Test
  void asyncLookupBecomesAnIncidentWhileItemServiceIsDownAndCompletesWhenRetried() {
    SERVICES.down("item-service");
    HttpCalls.Result started = http().postJson("/api/processes/stock-lookup?async=true", "{\"itemName\":\"베이글\"}");
    assertThat(started.status()).isEqualTo(202);
    String id = started.json().path("processInstanceId").asText();
    assertThat(started.header("Location")).isEqualTo("/api/processes/stock-lookup/" + id);

    // the retry cycle waits 10 s between attempts; the test moves the due date instead of waiting
    await().until(() -> {
      Job job = management.createJobQuery().processInstanceId(id).singleResult();
      if (job.getRetries() > 0 && job.getDuedate() != null && job.getDuedate().after(new Date())) {
        management.setJobDuedate(job.getId(), new Date());
      }
      return job.getRetries() == 0;
    });
    JsonNode failed = http().get("/api/processes/stock-lookup/" + id).json();
    assertThat(failed.path("state").asText()).isEqualTo("INCIDENT");
    assertThat(failed.path("incidents").get(0).asText()).contains("item-service");

    SERVICES.up("item-service");
    Job job = management.createJobQuery().processInstanceId(id).singleResult();
    management.setJobRetries(job.getId(), 1);

    await().until(() -> "COMPLETED".equals(http().get("/api/processes/stock-lookup/" + id).json().path("state").asText()));
    JsonNode done = http().get("/api/processes/stock-lookup/" + id).json();
    assertThat(done.path("result").path("status").asText()).isEqualTo("AVAILABLE");
    assertThat(done.path("result").path("item").path("sku").asText()).isEqualTo("BGL-001");
  }

  @Test
  void promotionRunsInTheBackgroundAndPublishesPromotionOffered() throws Exception {
    String campaign = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    try (Consumer<String, String> offers = consumer("commerce.promotions")) {
      HttpCalls.Result started = http().postJson("/api/promotions",
          "{\"campaign\":\"" + campaign + "\",\"minGrade\":\"SILVER\"}");
      assertThat(started.status()).isEqualTo(202);
      String id = started.json().path("processInstanceId").asText();

      await().until(() -> http().get("/api/promotions/" + id).json().path("ended").asBoolean());
      JsonNode status = http().get("/api/promotions/" + id).json();
      assertThat(status.path("campaign").asText()).isEqualTo(campaign);
      assertThat(status.path("targeted").asInt()).isEqualTo(2);
      assertThat(status.path("issued").asInt()).isEqualTo(2);
      assertThat(status.path("skipped").asInt()).isZero();

      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      await().until(() -> {
        KafkaTestUtils.getRecords(offers, Duration.ofMillis(500)).forEach(records::add);
        return records.stream().filter(r -> r.value().contains(campaign)).count() == 2;
      });
      ConsumerRecord<String, String> toMinsu = records.stream()
          .filter(r -> r.value().contains(campaign) && "1".equals(r.key())).findFirst().orElseThrow();
      JsonNode event = new ObjectMapper().readTree(toMinsu.value());
      assertThat(new String(toMinsu.headers().lastHeader("ce_type").value())).isEqualTo("PromotionOffered");
      assertThat(event.path("type").asText()).isEqualTo("PromotionOffered");
      assertThat(event.path("subject").asText()).isEqualTo("1");
      assertThat(event.path("data").path("couponCode").asText())
          .isEqualTo(SERVICES.couponsOf(1L).get(campaign).get("code"));
      assertThat(event.path("data").path("discountPercent").asInt()).isEqualTo(10);
      assertThat(event.path("data").path("items").toString()).contains("AMR-001");
    }
  }

  @Test
  void operationalEndpointsAnswer() {
    assertThat(http().get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
    assertThat(http().get("/actuator/health/readiness").json().path("status").asText()).isEqualTo("UP");
    assertThat(http().get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    assertThat(http().get("/v3/api-docs").json().path("paths").toString())
        .contains("/api/processes/stock-lookup", "/api/promotions", "/api/orders/{orderNumber}/tracking");
  }

  private Consumer<String, String> consumer(String topic) {
    Map<String, Object> props = KafkaTestUtils.consumerProps("offers-" + UUID.randomUUID(), "false", broker);
    props.put("auto.offset.reset", "earliest");
    Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
        new StringDeserializer()).createConsumer();
    consumer.subscribe(List.of(topic));
    return consumer;
  }
}
