package dev.commerce.engine.stocklookup;

import static dev.commerce.engine.testsupport.Vars.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import dev.commerce.engine.testsupport.ProcessTestBeans;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chatbot calls stock-lookup as a call activity: the answer must come back in the caller's transaction. */
class StockLookupAsCallActivityTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.builder(ProcessTestBeans.CONFIGURATION).build();

  private Deployment deployment;

  @BeforeEach
  void deploy() {
    ProcessTestBeans.reset();
    init(engine.getProcessEngine());
    BpmnModelInstance caller = Bpmn.createExecutableProcess("stock-lookup-caller").camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .callActivity("Task_CallStockLookup").calledElement("stock-lookup")
        .camundaIn("itemName", "itemName").camundaIn("quantity", "quantity")
        .camundaOut("status", "stockStatus").camundaOut("alternatives", "alternatives")
        .camundaOut("suggestions", "suggestions")
        .endEvent("End_Answered")
        .done();
    deployment = repositoryService().createDeployment().addModelInstance("stock-lookup-caller.bpmn", caller)
        .addClasspathResource("bpmn/stock-lookup.bpmn").deploy();
  }

  @AfterEach
  void undeploy() {
    repositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void theCallerGetsTheAnswerWithoutWaiting() {
    ProcessInstanceWithVariables caller = runtimeService().createProcessInstanceByKey("stock-lookup-caller")
        .setVariables(Variables.createVariables().putValue("itemName", "콜드브루").putValue("quantity", 1))
        .executeWithVariablesInReturn();

    assertThat(caller).isEnded();
    assertThat(caller.getVariables().get("stockStatus")).isEqualTo("OUT_OF_STOCK");
    assertThat(maps(caller.getVariables().get("alternatives"))).hasSize(3);
  }
}
