package dev.commerce.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/** The Modeler template and the tasks that use it must agree, or a Modeler user edits fields the engine ignores. */
class ElementTemplateTest {

  private static final Path TEMPLATE = Path.of("element-templates/call-domain-service.json");

  @Test
  void templateIsAModeler5CamundaSevenTemplateForTheGenericDelegate() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATE.toFile()).get(0);
    assertThat(template.get("$schema").asText()).contains("element-templates-json-schema");
    assertThat(template.get("id").asText()).isEqualTo("dev.commerce.call-domain-service");
    assertThat(template.get("appliesTo").get(0).asText()).isEqualTo("bpmn:ServiceTask");
    boolean delegateBound = false;
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      if ("camunda:delegateExpression".equals(binding.path("name").asText())) {
        delegateBound = "${callDomainServiceDelegate}".equals(property.get("value").asText());
      }
    }
    assertThat(delegateBound).isTrue();
  }

  @Test
  void everyTemplatedTaskUsesOnlyTemplateInputsAndHasTheRequiredOnes() throws IOException {
    Set<String> templateInputs = templateInputs();
    int templated = 0;
    for (Path file : Models.bpmn()) {
      BpmnModelInstance model = Bpmn.readModelFromStream(Models.open(file));
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String templateId = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
        if (!"dev.commerce.call-domain-service".equals(templateId)) {
          continue;
        }
        templated++;
        assertThat(task.getCamundaDelegateExpression()).isEqualTo("${callDomainServiceDelegate}");
        Set<String> inputs = new HashSet<>();
        task.getExtensionElements().getElementsQuery().filterByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
            .getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName).forEach(inputs::add);
        assertThat(inputs).as("inputs of %s", task.getId()).contains("service", "method", "path");
        assertThat(templateInputs).as("template covers the inputs of %s", task.getId()).containsAll(inputs);
      }
    }
    assertThat(templated).isGreaterThanOrEqualTo(5);
  }

  private static Set<String> templateInputs() throws IOException {
    Set<String> names = new HashSet<>();
    for (JsonNode property : new ObjectMapper().readTree(TEMPLATE.toFile()).get(0).get("properties")) {
      JsonNode binding = property.get("binding");
      if ("camunda:inputParameter".equals(binding.get("type").asText())) {
        names.add(binding.get("name").asText());
      }
    }
    return names;
  }
}
