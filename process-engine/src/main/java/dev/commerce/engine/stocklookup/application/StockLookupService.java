package dev.commerce.engine.stocklookup.application;

import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ASYNC_START_MESSAGE;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_ID;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.ITEM_NAME;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.PROCESS_KEY;
import static dev.commerce.engine.stocklookup.domain.StockLookupVariables.QUANTITY;

import dev.commerce.engine.web.ResourceNotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

@Service
public class StockLookupService {

  private final RuntimeService runtime;
  private final HistoryService history;

  public StockLookupService(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** Runs the whole process in the caller's thread; the variables come back without a history query. */
  public StockLookupResult lookup(Long itemId, String itemName, Integer quantity) {
    return StockLookupResult.fromVariables(runtime.createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(input(itemId, itemName, quantity)).executeWithVariablesInReturn().getVariables());
  }

  /** Starts through the message start event whose async continuation turns failures into incidents. */
  public String startAsync(Long itemId, String itemName, Integer quantity) {
    return runtime.createMessageCorrelation(ASYNC_START_MESSAGE).setVariables(input(itemId, itemName, quantity))
        .correlateStartMessage().getId();
  }

  public StockLookupState state(String processInstanceId) {
    ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .processDefinitionKey(PROCESS_KEY).singleResult();
    if (running != null) {
      List<String> incidents = runtime.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
          .map(Incident::getIncidentMessage).toList();
      return new StockLookupState(processInstanceId, incidents.isEmpty() ? "RUNNING" : "INCIDENT", null, incidents);
    }
    HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).processDefinitionKey(PROCESS_KEY).singleResult();
    if (finished == null) {
      throw new ResourceNotFoundException("No stock lookup " + processInstanceId);
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    return new StockLookupState(processInstanceId, finished.getState(), StockLookupResult.fromVariables(variables),
        List.of());
  }

  private static VariableMap input(Long itemId, String itemName, Integer quantity) {
    return Variables.createVariables().putValue(ITEM_ID, itemId).putValue(ITEM_NAME, itemName)
        .putValue(QUANTITY, quantity == null ? 1 : quantity);
  }
}
