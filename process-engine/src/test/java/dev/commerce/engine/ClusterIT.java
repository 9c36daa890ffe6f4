package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.testsupport.ClusterDatabase;
import dev.commerce.engine.testsupport.ClusterKafka;
import dev.commerce.engine.testsupport.ClusterModels;
import dev.commerce.engine.testsupport.ClusterServices;
import dev.commerce.engine.testsupport.EngineNode;
import dev.commerce.engine.testsupport.HttpCalls;
import dev.commerce.engine.testsupport.RedisNamespace;
import dev.commerce.engine.testsupport.TestDatabase;
import dev.commerce.engine.testsupport.WebappBrowser;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two engine nodes as separate JVMs (the built jar, profiles mysql and redis) on one MariaDB database, one Redis,
 * one real KRaft broker with 12 partitions per topic, and real HTTP, started the way the launcher starts replicas:
 * the first node alone (it creates the schema), the second once the first is ready. item-service has two instances,
 * one of them draining (readiness DOWN), with the load balancer's health check on. The tests run in order: the last
 * two take the nodes down (SIGKILL of node 2, then a graceful stop of node 1).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final String DATABASE = "commerce_engine_cluster_test";
  static final String NODE_1 = "process-engine";
  static final String NODE_2 = "process-engine-2";
  static final String GROUP = "process-engine";
  static final long LOCK_TIME_MILLIS = 10_000;
  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  static final String AUTHENTICATED_USER = "/camunda/api/admin/auth/user/default";
  static final String INSTANCE_COUNT = "/camunda/api/engine/engine/default/process-instance/count";

  static ClusterKafka kafka;
  static ClusterServices services;
  static ClusterServices draining;
  static RedisNamespace sessions;
  static ClusterDatabase db;
  static EngineNode node1;
  static EngineNode node2;

  @BeforeAll
  static void startTheCluster() {
    assumeTrue(TestDatabase.mariaDb(), "an engine cluster needs the shared MariaDB (profile mysql), not H2");
    Map<String, String> environment = new LinkedHashMap<>(TestDatabase.properties(DATABASE));
    db = new ClusterDatabase(DATABASE);
    sessions = RedisNamespace.create("engine-cluster");
    kafka = ClusterKafka.start();
    services = ClusterServices.start(true);
    draining = ClusterServices.start(false);
    environment.putAll(Map.of(
        "SPRING_PROFILES_ACTIVE", "mysql,redis",
        "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
        "REDIS_HOST", RedisNamespace.HOST, "REDIS_PORT", Integer.toString(RedisNamespace.PORT),
        "SESSION_REDIS_NAMESPACE", sessions.name(),
        "LOADBALANCER_CONFIGURATIONS", "health-check",
        "SPRING_APPLICATION_JSON", discovery(),
        "SHUTDOWN_DRAIN_DELAY", "1s",
        "SPRINGDOC_ENABLED", "false"));
    environment.putAll(Map.of(
        "CAMUNDA_JOB_LOCK_TIME_MILLIS", Long.toString(LOCK_TIME_MILLIS),
        "CAMUNDA_JOB_WAIT_TIME_MILLIS", "500",
        "CAMUNDA_JOB_MAX_WAIT_MILLIS", "1000"));
    node1 = EngineNode.start(NODE_1, environment).awaitReady(START_TIMEOUT);
    node2 = EngineNode.start(NODE_2, environment).awaitReady(START_TIMEOUT);
  }

  /** What the launcher passes with replicas: every logical name's full instance list. */
  private static String discovery() {
    String live = "[{\"uri\":\"" + services.url() + "\"}]";
    return "{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{"
        + "\"item-service\":[{\"uri\":\"" + services.url() + "\"},{\"uri\":\"" + draining.url() + "\"}],"
        + "\"customer-service\":" + live + ",\"order-service\":" + live + ",\"chatbot-adapter\":" + live
        + "}}}}}}}";
  }

  @AfterAll
  static void stopTheCluster() {
    for (AutoCloseable closeable : new AutoCloseable[] {node2, node1, services, draining, sessions, kafka}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        System.err.println("cleanup: " + e);
      }
    }
  }

  @Test
  @Order(1)
  void twoNodesStartedOneAfterTheOtherDeployTheModelsOnce() {
    JsonNode deployments = rest(node2).get("/engine-rest/deployment", "demo", "demo").json();
    assertThat(deployments).as("the second node found the first one's deployment").hasSize(1);
    JsonNode definitions = rest(node2).get("/engine-rest/process-definition", "demo", "demo").json();
    List<String> keys = new ArrayList<>();
    definitions.forEach(definition -> {
      keys.add(definition.path("key").asText());
      assertThat(definition.path("version").asInt()).isEqualTo(1);
    });
    assertThat(keys).containsExactlyInAnyOrder("stock-lookup", "delivery-tracking", "promotion", "chatbot");
    assertThat(rest(node1).get("/engine-rest/decision-definition/count", "demo", "demo").json()
        .path("count").asInt()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void aModelDeployedThroughBothNodesAtTheSameMomentGetsOneVersion() throws Exception {
    String key = "cluster-duplicate-check";
    String bpmn = ClusterModels.model(key, false);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<HttpCalls.Result>> both = new ArrayList<>();
    for (EngineNode node : List.of(node1, node2)) {
      both.add(CompletableFuture.supplyAsync(() -> {
        awaitLatch(go);
        return rest(node).send(ClusterModels.deployment(rest(node), key, bpmn));
      }));
    }
    go.countDown();
    for (CompletableFuture<HttpCalls.Result> deployment : both) {
      assertThat(deployment.get().status()).isEqualTo(200);
    }

    JsonNode definitions = rest(node1).get("/engine-rest/process-definition?key=" + key, "demo", "demo").json();
    assertThat(definitions).as("the deployment lock serialises them; duplicate filtering drops the second")
        .hasSize(1);
  }

  @Test
  @Order(3)
  void aModelDeployedThroughNode1RunsOnNode2() {
    assertThat(rest(node1).send(ClusterModels.deployment(rest(node1), ClusterModels.SYNC,
        ClusterModels.model(ClusterModels.SYNC, false))).status()).isEqualTo(200);

    HttpCalls.Result started = rest(node2).postJson("/engine-rest/process-definition/key/" + ClusterModels.SYNC
        + "/start", "{\"businessKey\":\"sync-1\",\"variables\":{\"delay\":{\"value\":0,\"type\":\"Integer\"}}}",
        "demo", "demo");

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().path("ended").asBoolean()).as("ran to its end inside node 2's request").isTrue();
    String instance = started.json().path("id").asText();
    assertThat(services.calls(instance)).isEqualTo(1);
    assertThat(rest(node1).get("/engine-rest/history/process-instance/" + instance, "demo", "demo").json()
        .path("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  @Order(4)
  void asyncJobsRunExactlyOnceSpreadOverBothNodes() {
    deployAsyncModel();
    List<String> instances = startAsync("spread", 40, 200, node1, node2);

    awaitFinished("spread", instances.size(), Duration.ofMinutes(2));

    assertThat(instances).allSatisfy(id -> assertThat(services.calls(id)).as("calls of %s", id).isEqualTo(1));
    JsonNode logs = rest(node1).get("/engine-rest/history/job-log?processDefinitionKey=" + ClusterModels.ASYNC
        + "&successLog=true&maxResults=1000", "demo", "demo").json();
    Set<String> jobs = new HashSet<>();
    Set<String> hostnames = new HashSet<>();
    logs.forEach(log -> {
      jobs.add(log.path("jobId").asText());
      hostnames.add(log.path("hostname").asText());
    });
    assertThat(logs).as("one success per job").hasSize(instances.size());
    assertThat(jobs).hasSize(instances.size());
    assertThat(hostnames).as("the engine's hostname is the node's INSTANCE_ID").containsExactlyInAnyOrder(NODE_1,
        NODE_2);
    assertThat(draining.unexpected()).as("no call went to the item-service instance reporting DOWN").isZero();
  }

  @Test
  @Order(5)
  void orderPlacedEventsStartExactlyOneTrackingEachAndBothNodesShareThePartitions() throws Exception {
    List<String> orders = new ArrayList<>();
    Map<String, String> events = new LinkedHashMap<>();
    for (int i = 1; i <= 24; i++) {
      String order = String.format("ORD-20261201-%04d", i);
      orders.add(order);
      events.put(order, OrderEventsIT.orderPlaced(order, 1));
    }
    for (String order : orders) {
      kafka.send("OrderPlaced", order, events.get(order));
    }
    for (String order : orders.subList(0, 6)) {
      kafka.send("OrderPlaced", order, events.get(order));
    }

    await().atMost(Duration.ofMinutes(1)).until(() -> kafka.allCommitted(GROUP));

    assertThat(db.jdbc().queryForList("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'delivery-tracking'",
        String.class)).as("one tracking per order, replays included").containsExactlyInAnyOrderElementsOf(orders);
    ConsumerGroupDescription group = kafka.group(GROUP);
    assertThat(group.members()).as("one consumer group for both nodes").hasSize(2);
    List<TopicPartition> assigned = new ArrayList<>();
    for (MemberDescription member : group.members()) {
      List<TopicPartition> own = member.assignment().topicPartitions().stream()
          .filter(partition -> partition.topic().equals(ClusterKafka.ORDERS)).toList();
      assertThat(own).as("partitions of %s", member.clientId()).isNotEmpty();
      assigned.addAll(own);
    }
    assertThat(assigned).hasSize(ClusterKafka.PARTITIONS).doesNotHaveDuplicates();
  }

  @Test
  @Order(6)
  void theClusterHasExactlyOneHistoryCleanupJob() {
    assertThat(rest(node1).get("/engine-rest/history/cleanup/jobs", "demo", "demo").json()).hasSize(1);
    assertThat(rest(node2).get("/engine-rest/history/cleanup/jobs", "demo", "demo").json()).hasSize(1);
    assertThat(db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'history-cleanup'")).isEqualTo(1);
  }

  @Test
  @Order(7)
  void aCockpitLoginOnNode1IsALoginOnNode2() {
    WebappBrowser browser = new WebappBrowser();
    assertThat(browser.get(node1.http(), "/camunda/app/cockpit/default/").status()).isEqualTo(200);
    HttpCalls.Result login = browser.post(node1.http(), "/camunda/api/admin/auth/user/default/login/cockpit",
        "application/x-www-form-urlencoded", "username=demo&password=demo", true);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(browser.get(node1.http(), AUTHENTICATED_USER).json().path("userId").asText()).isEqualTo("demo");

    HttpCalls.Result onNode2 = browser.get(node2.http(), AUTHENTICATED_USER);
    assertThat(onNode2.status()).isEqualTo(200);
    assertThat(onNode2.json().path("userId").asText()).as("same cookie, logged in on node 2").isEqualTo("demo");
    HttpCalls.Result query = browser.post(node2.http(), INSTANCE_COUNT, "application/json", "{}", true);
    assertThat(query.status()).as("CSRF token issued on node 1, accepted on node 2: " + query.body())
        .isEqualTo(200);
    assertThat(query.json().path("count").isNumber()).isTrue();
    assertThat(sessions.keys()).as("the session lives in Redis").isNotEmpty();

    HttpCalls.Result forged = browser.post(node2.http(), INSTANCE_COUNT, "application/json", "{}", false);
    assertThat(forged.status()).as("a POST without the token is still refused").isEqualTo(403);
    assertThat(browser.get(node1.http(), AUTHENTICATED_USER).status())
        .as("Camunda ends a session that failed its CSRF check: on node 2, and so on node 1").isEqualTo(404);
  }

  @Test
  @Order(8)
  void jobsLockedByAKilledNodeCompleteOnTheOtherNodeOnceTheirLockExpired() {
    List<String> instances = startAsync("killed", 10, 3000, node2);
    await().atMost(Duration.ofMinutes(1)).until(() -> !db.lockedBy(NODE_2).isEmpty() && services.inFlight() > 0);
    Map<String, Timestamp> lockedByNode2 = db.lockedBy(NODE_2);

    node2.kill();

    awaitFinished("killed", instances.size(), Duration.ofMinutes(2));
    Map<String, Timestamp> leftLocked = new HashMap<>(lockedByNode2);
    leftLocked.keySet().removeIf(job -> NODE_2.equals(db.completedBy(job)));
    assertThat(leftLocked).as("node 2 died holding locks").isNotEmpty();
    leftLocked.forEach((job, lockExpiry) -> {
      assertThat(db.completedBy(job)).isEqualTo(NODE_1);
      assertThat(db.completedAt(job)).as("node 1 waited for the lock of %s to expire", job)
          .isAfterOrEqualTo(lockExpiry);
    });
    assertThat(instances).allSatisfy(id -> assertThat(services.calls(id)).isBetween(1, 2));
  }

  @Test
  @Order(9)
  void aGracefulStopFinishesRunningJobsHandsBackTheOthersAndCommitsWhatItConsumed() throws Exception {
    List<String> instances = startAsync("graceful", 20, 4000, node1);
    await().atMost(Duration.ofMinutes(1)).until(() -> instances.stream().anyMatch(id -> services.calls(id) > 0));
    Map<String, RecordMetadata> records = new LinkedHashMap<>();
    for (int i = 1; i <= 6; i++) {
      String order = String.format("ORD-20261202-%04d", i);
      String event = OrderEventsIT.orderPlaced(order, 1);
      records.put(new ObjectMapper().readTree(event).path("id").asText(), kafka.send("OrderPlaced", order, event));
    }

    assertThat(node1.stopGracefully(Duration.ofMinutes(1))).as("exited by itself").isTrue();

    assertThat(db.lockedBy(NODE_1)).as("nothing left locked by the stopped node").isEmpty();
    for (String instance : instances) {
      assertThat(services.calls(instance)).as("a job that made its call finished it: %s", instance)
          .isEqualTo(db.ended(instance) ? 1 : 0);
    }
    Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(GROUP);
    records.forEach((eventId, record) -> {
      OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
      boolean isCommitted = offset != null && offset.offset() > record.offset();
      boolean processed = db.count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId) == 1;
      assertThat(isCommitted).as("event %s committed exactly when processed", eventId).isEqualTo(processed);
    });
  }

  private static void deployAsyncModel() {
    HttpCalls.Result deployed = rest(node2).send(ClusterModels.deployment(rest(node2), ClusterModels.ASYNC,
        ClusterModels.model(ClusterModels.ASYNC, true)));
    assertThat(deployed.status()).isEqualTo(200);
  }

  /** Starts instances of the async model through the given nodes in turn; each job's call waits delayMillis. */
  private static List<String> startAsync(String batch, int count, int delayMillis, EngineNode... through) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpCalls.Result started = rest(through[i % through.length]).postJson("/engine-rest/process-definition/key/"
          + ClusterModels.ASYNC + "/start", "{\"businessKey\":\"" + batch + "-" + i + "\",\"variables\":{\"delay\":"
          + "{\"value\":" + delayMillis + ",\"type\":\"Integer\"}}}", "demo", "demo");
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      ids.add(started.json().path("id").asText());
    }
    return ids;
  }

  private static void awaitFinished(String batch, int count, Duration timeout) {
    await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> db.finished(batch) == count);
  }

  private static HttpCalls rest(EngineNode node) {
    return node.http();
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
