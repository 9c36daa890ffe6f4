package dev.commerce.engine.stocklookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static dev.commerce.engine.testsupport.Vars.list;
import static dev.commerce.engine.testsupport.Vars.map;
import static dev.commerce.engine.testsupport.Vars.maps;

import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import dev.commerce.engine.testsupport.ProcessTestBeans;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/stock-lookup.bpmn")
class StockLookupProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(ProcessTestBeans.CONFIGURATION)
      .assertClassCoverageAtLeast(1.0).build();

  @BeforeEach
  void setUp() {
    ProcessTestBeans.reset();
    init(engine.getProcessEngine());
  }

  @Test
  void exactNameWithEnoughStockIsAvailable() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "아메리카노")
        .putValue("quantity", 2));

    assertThat(instance).isEnded().hasPassedInOrder("Task_FindItemByName", "Task_CheckStock", "End_Available");
    VariableMap result = instance.getVariables();
    assertThat(result.get("status")).isEqualTo("AVAILABLE");
    assertThat(map(result.get("item"))).containsEntry("sku", "AMR-001").containsEntry("stock", 120);
    assertThat(list(result.get("alternatives"))).isEmpty();
  }

  @Test
  void quantityDefaultsToOneAndASinglePartialMatchIsTheItem() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "바닐라"));

    assertThat(instance.getVariables().get("quantity")).isEqualTo(1);
    assertThat(map(instance.getVariables().get("item"))).containsEntry("name", "바닐라라떼");
    assertThat(instance.getVariables().get("status")).isEqualTo("AVAILABLE");
  }

  @Test
  void stockBelowTheRequestedQuantityIsLow() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "녹차라떼")
        .putValue("quantity", 5));

    assertThat(instance).isEnded().hasPassed("End_Low");
    assertThat(instance.getVariables().get("status")).isEqualTo("LOW");
  }

  @Test
  void outOfStockComesWithUpToThreeInStockAlternativesOfTheSameCategory() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "콜드 브루"));

    assertThat(instance).isEnded().hasPassedInOrder("Task_CheckStock", "Task_FindAlternatives", "End_OutOfStock");
    assertThat(instance.getVariables().get("status")).isEqualTo("OUT_OF_STOCK");
    assertThat(maps(instance.getVariables().get("alternatives"))).extracting(a -> a.get("sku"))
        .containsExactly("AMR-001", "LAT-001", "VAN-001");
  }

  @Test
  void alternativesMustCoverTheRequestedQuantity() {
    ProcessTestBeans.SERVICES.setStock("CHE-001", 0);
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "치즈케이크")
        .putValue("quantity", 20));

    assertThat(instance.getVariables().get("status")).isEqualTo("OUT_OF_STOCK");
    assertThat(list(instance.getVariables().get("alternatives"))).as("초코케이크 has only 12").isEmpty();
  }

  @Test
  void unknownNameIsNotFoundWithSimilarNames() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "아메리까노"));

    assertThat(instance).isEnded().hasPassedInOrder("Gateway_ItemFound", "Task_SuggestSimilarItems", "End_NotFound");
    assertThat(instance.getVariables().get("status")).isEqualTo("NOT_FOUND");
    assertThat(list(instance.getVariables().get("suggestions"))).first().isEqualTo("아메리카노");
    assertThat(instance.getVariables().get("item")).isNull();
  }

  @Test
  void ambiguousNameListsTheCandidates() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "라떼"));

    assertThat(instance.getVariables().get("status")).isEqualTo("NOT_FOUND");
    assertThat(list(instance.getVariables().get("suggestions")))
        .containsExactlyInAnyOrder("카페라떼", "바닐라라떼", "녹차라떼");
  }

  @Test
  void itemIdIsLoadedWithTheGenericRestTask() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemId", 6L));

    assertThat(instance).isEnded().hasPassedInOrder("Task_LoadItemById", "Task_CheckStock", "End_Available");
    assertThat(map(instance.getVariables().get("item"))).containsEntry("name", "초코케이크");
    assertThat(ProcessTestBeans.SERVICES.requests()).anySatisfy(r -> {
      assertThat(r.service()).isEqualTo("item-service");
      assertThat(r.path()).isEqualTo("/api/items/6");
    });
  }

  @Test
  void unknownItemIdIsCaughtAsBusinessErrorAndAnswersNotFound() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemId", 999L));

    assertThat(instance).isEnded().hasPassedInOrder("Event_ItemIdNotFound", "Task_SuggestSimilarItems", "End_NotFound");
    assertThat(instance.getVariables().get("status")).isEqualTo("NOT_FOUND");
    assertThat(list(instance.getVariables().get("suggestions"))).isEmpty();
  }

  @Test
  void neitherNameNorIdIsNotFound() {
    ProcessInstanceWithVariables instance = lookup(Variables.createVariables().putValue("itemName", "  "));

    assertThat(instance).isEnded().hasPassed("End_NotFound").hasNotPassed("Task_FindItemByName");
    assertThat(instance.getVariables().get("status")).isEqualTo("NOT_FOUND");
  }

  @Test
  void anUnmappedClientErrorIsNotSwallowed() {
    ProcessTestBeans.SERVICES.answer("GET", "/api/items/\\d+", 400);

    assertThatThrownBy(() -> lookup(Variables.createVariables().putValue("itemId", 1L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("HTTP_400");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void itemServiceDownFailsTheSynchronousLookupAndLeavesNothingBehind() {
    ProcessTestBeans.SERVICES.down("item-service");

    assertThatThrownBy(() -> lookup(Variables.createVariables().putValue("itemName", "아메리카노")))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void asyncStartRetriesAndEndsAsAnIncidentThenSucceedsWhenRetried() {
    ProcessTestBeans.SERVICES.down("item-service");
    ProcessInstance instance = runtimeService().createMessageCorrelation("StockLookupRequested")
        .setVariable("itemName", "카페라떼").correlateStartMessage();
    assertThat(instance).isStarted().isWaitingAt("Event_AsyncLookupRequested");

    for (int attempt = 0; attempt < 3; attempt++) {
      Job pending = job(instance);
      assertThatThrownBy(() -> managementService().executeJob(pending.getId()))
          .isInstanceOf(ServiceUnavailableException.class);
    }
    Job failed = job(instance);
    assertThat(failed.getRetries()).isZero();
    assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
        .getIncidentMessage()).contains("item-service");

    ProcessTestBeans.SERVICES.up("item-service");
    managementService().setJobRetries(failed.getId(), 1);
    managementService().executeJob(failed.getId());

    assertThat(instance).isEnded().hasPassed("End_Available").variables().containsEntry("status", "AVAILABLE");
  }

  private static ProcessInstanceWithVariables lookup(VariableMap variables) {
    return runtimeService().createProcessInstanceByKey("stock-lookup").setVariables(variables)
        .executeWithVariablesInReturn();
  }
}
