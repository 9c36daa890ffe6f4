package dev.commerce.engine.promotion.application;

import static dev.commerce.engine.promotion.domain.PromotionVariables.CAMPAIGN;
import static dev.commerce.engine.promotion.domain.PromotionVariables.CATEGORY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.ISSUED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.MIN_GRADE;
import static dev.commerce.engine.promotion.domain.PromotionVariables.MIN_POINTS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROCESS_KEY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.RESULTS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.SKIPPED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.START_MESSAGE;
import static dev.commerce.engine.promotion.domain.PromotionVariables.TARGET_CUSTOMER_IDS;

import dev.commerce.engine.web.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

@Service
public class PromotionService {

  private final RuntimeService runtime;
  private final HistoryService history;

  public PromotionService(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** The campaign is the business key, so Cockpit finds a run by campaign name. */
  public String start(String campaign, String minGrade, Integer minPoints, String category) {
    return runtime.createMessageCorrelation(START_MESSAGE).processInstanceBusinessKey(campaign)
        .setVariables(Variables.createVariables().putValue(CAMPAIGN, campaign).putValue(MIN_GRADE, minGrade)
            .putValue(MIN_POINTS, minPoints).putValue(CATEGORY, category))
        .correlateStartMessage().getId();
  }

  public PromotionStatus status(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).processDefinitionKey(PROCESS_KEY).singleResult();
    if (instance == null) {
      throw new ResourceNotFoundException("No promotion run " + processInstanceId);
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      // per-customer variables of the same names live in the multi-instance scopes
      if (processInstanceId.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    Object targets = variables.get(TARGET_CUSTOMER_IDS);
    List<Map<String, Object>> results = new ArrayList<>();
    if (variables.get(RESULTS) instanceof List<?> list) {
      list.forEach(entry -> {
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<?, ?>) entry).forEach((k, v) -> result.put(String.valueOf(k), v));
        results.add(result);
      });
    }
    List<String> incidents = runtime.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
        .map(Incident::getIncidentMessage).toList();
    return new PromotionStatus(processInstanceId, (String) variables.get(CAMPAIGN), instance.getState(),
        instance.getEndTime() != null, targets instanceof List<?> list ? list.size() : null,
        count(variables.get(ISSUED_COUNT)), count(variables.get(SKIPPED_COUNT)), results, incidents);
  }

  private static int count(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
