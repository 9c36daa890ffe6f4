package dev.commerce.engine.chatbot.application;

import dev.commerce.engine.chatbot.domain.PromotionReplies.Campaign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The promotions "running now": runs of the {@code promotion} process started since a moment, newest first, one
 * per campaign. The engine's history is where campaigns live (there is no campaign service), so this needs a
 * history level of at least {@code activity}; with {@code none} the chatbot simply knows no campaign.
 */
public final class RecentCampaigns {

  static final String PROMOTION = "promotion";
  static final int MAX_CAMPAIGNS = 3;
  private static final int MAX_RUNS = 20;

  private RecentCampaigns() {
  }

  public static List<Campaign> since(HistoryService history, Instant since) {
    List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROMOTION).startedAfter(Date.from(since))
        .orderByProcessInstanceStartTime().desc().listPage(0, MAX_RUNS);
    if (runs.isEmpty()) {
      return List.of();
    }
    String[] ids = runs.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> values = new HashMap<>();
    // process-level values only (the root execution's id is the instance id): per-customer locals are not campaigns
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().executionIdIn(ids)
        .variableNameIn("campaign", "category", "minGrade").disableCustomObjectDeserialization().list()) {
      values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    Map<String, Campaign> campaigns = new LinkedHashMap<>();
    for (HistoricProcessInstance run : runs) {
      Map<String, Object> value = values.getOrDefault(run.getId(), Map.of());
      Object campaign = value.get("campaign");
      if (campaign != null && !campaigns.containsKey(campaign.toString()) && campaigns.size() < MAX_CAMPAIGNS) {
        campaigns.put(campaign.toString(), new Campaign(campaign.toString(), text(value.get("category")),
            text(value.get("minGrade"))));
      }
    }
    return new ArrayList<>(campaigns.values());
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
