package dev.commerce.engine;

import dev.commerce.engine.testsupport.FakeDomainServices;
import dev.commerce.engine.testsupport.FakeServicesHttpServer;
import dev.commerce.engine.testsupport.HttpCalls;
import dev.commerce.engine.testsupport.ProbeServers;
import dev.commerce.engine.testsupport.TestDatabase;
import dev.commerce.engine.testsupport.TestDatabaseProfiles;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole engine application on a random port, a real embedded KRaft broker and the test database; the domain
 * services are the HTTP fakes (RealServicesIT runs the real ones). Every *IT extending this shares one context.
 */
@SpringBootTest(classes = EngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "commerce.kafka.retry.initial-interval=200ms",
        "camunda.bpm.job-execution.wait-time-in-millis=500",
        "camunda.bpm.job-execution.max-wait=2000",
        // Spring Boot switches metric exporters off in tests; the prometheus endpoint is part of the contract
        "management.prometheus.metrics.export.enabled=true"
    })
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
    topics = {"commerce.orders", "commerce.orders.DLT", "commerce.promotions"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public abstract class EngineIntegrationTest {

  public static final String DATABASE = "commerce_engine_test";
  protected static final FakeDomainServices SERVICES = new FakeDomainServices();
  protected static final FakeServicesHttpServer HTTP =
      FakeServicesHttpServer.start(SERVICES, "item-service", "customer-service", "order-service");
  /** Logical names with two instances each, for ServiceCallRetryIT: first refused / dropping, then answering. */
  protected static final ProbeServers.Probe BEHIND_REFUSED = ProbeServers.answering();
  protected static final ProbeServers.Probe DROPPING = ProbeServers.dropping();
  protected static final ProbeServers.Probe BEHIND_DROPPING = ProbeServers.answering();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestDatabase.properties(DATABASE).forEach((name, value) -> registry.add(name, () -> value));
    for (String service : new String[] {"item-service", "customer-service", "order-service"}) {
      registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri", () -> HTTP.url(service));
    }
    String instances = "spring.cloud.discovery.client.simple.instances.";
    registry.add(instances + "refused-first[0].uri", () -> "http://127.0.0.1:" + ProbeServers.refusedPort());
    registry.add(instances + "refused-first[1].uri", BEHIND_REFUSED::url);
    registry.add(instances + "dropping-first[0].uri", DROPPING::url);
    registry.add(instances + "dropping-first[1].uri", BEHIND_DROPPING::url);
  }

  @BeforeAll
  static void awaitility() {
    Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    Awaitility.setDefaultPollInterval(Duration.ofMillis(200));
  }

  protected HttpCalls http() {
    return new HttpCalls("http://localhost:" + port);
  }
}
