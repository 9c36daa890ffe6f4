package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class EngineDeploymentIT extends EngineIntegrationTest {

  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)[.}(]");

  @Autowired
  private RepositoryService repository;

  @Autowired
  private ApplicationContext context;

  @Value("${spring.kafka.bootstrap-servers}")
  private String kafka;

  @Test
  void deploysEveryModelOfTheProcessesJar() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey).contains("stock-lookup", "delivery-tracking", "promotion");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("promotion-discount").count())
        .isEqualTo(1);
  }

  @Test
  void restartingOnTheSameDatabaseDeploysNoNewVersions() {
    List<String> definitionsBefore = definitionIds(repository);
    List<String> deploymentsBefore = deploymentIds(repository);

    Map<String, String> properties = new HashMap<>(TestDatabase.properties(DATABASE));
    properties.put("camunda.bpm.process-engine-name", "restart-check");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.kafka.listener.auto-startup", "false");
    properties.put("spring.kafka.bootstrap-servers", kafka);
    properties.put("spring.jmx.enabled", "false");
    // a second engine without web layer: only what a restart does to the repository matters here
    // (this replaces application.yml's list, so its in-memory session setting is repeated: no Redis here)
    properties.put("spring.autoconfigure.exclude",
        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.data.redis.RedisReactiveAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.data.redis.RedisRepositoriesAutoConfiguration");
    // command-line arguments, so they win over application.yml like the environment of a real restart
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(EngineApplication.class)
        .profiles(TestDatabase.profiles()).web(WebApplicationType.NONE).run(args)) {
      RepositoryService second = restarted.getBean(ProcessEngine.class).getRepositoryService();
      assertThat(deploymentIds(second)).as("same database, no new deployment").isEqualTo(deploymentsBefore);
      assertThat(definitionIds(second)).isEqualTo(definitionsBefore);
    }
    assertThat(deploymentIds(repository)).isEqualTo(deploymentsBefore);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("stock-lookup").latestVersion()
        .singleResult().getVersion()).isEqualTo(1);
  }

  @Test
  void everyBeanTheModelsReferToExistsInTheApplication() throws IOException {
    Set<String> referenced = new HashSet<>();
    for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
      try (InputStream in = model.getInputStream()) {
        Matcher matcher = BEAN_REFERENCE.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        while (matcher.find()) {
          referenced.add(matcher.group(1));
        }
      }
    }
    referenced.removeAll(Set.of("itemId", "lookupBy", "item", "status", "shipped", "deliveryStatus", "customerId",
        "orderNumber", "targetCustomerIds", "promotedSkus", "customerGrade", "customerPoints", "promotionCategory",
        "minGrade", "minPoints", "category", "discount"));
    assertThat(referenced).contains("callDomainServiceDelegate", "deliveryTrackingSettings", "promotionSettings", "json");
    assertThat(referenced).allSatisfy(name -> assertThat(context.containsBean(name)).as("bean %s", name).isTrue());
  }

  private static List<String> definitionIds(RepositoryService repository) {
    return repository.createProcessDefinitionQuery().orderByProcessDefinitionId().asc().list().stream()
        .map(ProcessDefinition::getId).toList();
  }

  private static List<String> deploymentIds(RepositoryService repository) {
    return repository.createDeploymentQuery().orderByDeploymentId().asc().list().stream()
        .map(Deployment::getId).toList();
  }
}
