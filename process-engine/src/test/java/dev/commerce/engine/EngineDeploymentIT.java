package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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
    List<String> before = definitionIds();
    long deployments = repository.createDeploymentQuery().count();

    Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.properties(DATABASE));
    properties.put("camunda.bpm.process-engine-name", "restart-check");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.kafka.listener.auto-startup", "false");
    properties.put("spring.kafka.bootstrap-servers", kafka);
    properties.put("spring.jmx.enabled", "false");
    // a second engine without web layer: only what a restart does to the repository matters here
    properties.put("spring.autoconfigure.exclude",
        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(EngineApplication.class)
        .web(WebApplicationType.NONE).properties(properties).run()) {
      RepositoryService second = restarted.getBean(ProcessEngine.class).getRepositoryService();
      assertThat(second.createDeploymentQuery().count()).isEqualTo(deployments);
    }
    assertThat(definitionIds()).isEqualTo(before);
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

  private List<String> definitionIds() {
    return repository.createProcessDefinitionQuery().orderByProcessDefinitionId().asc().list().stream()
        .map(ProcessDefinition::getId).toList();
  }
}
