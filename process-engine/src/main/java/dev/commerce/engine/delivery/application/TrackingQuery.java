package dev.commerce.engine.delivery.application;

import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.APOLOGY_COUPON_CODE;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.CANCEL_REASON;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.DELIVERY_HISTORY;
import static dev.commerce.engine.delivery.domain.DeliveryTrackingVariables.PROCESS_KEY;

import dev.commerce.engine.web.ResourceNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/** Reads the engine's history for GET /api/orders/{orderNumber}/tracking (history level audit or higher). */
@Service
public class TrackingQuery {

  /** Gateways and the like say nothing to a reader of the order's timeline. */
  private static final Set<String> TIMELINE_TYPES = Set.of("startEvent", "messageStartEvent", "subProcess",
      "intermediateMessageCatch", "serviceTask", "userTask", "boundaryTimer", "boundaryMessage", "boundaryError",
      "noneEndEvent", "endEvent");

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public TrackingQuery(HistoryService history, RuntimeService runtime, TaskService tasks) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  public TrackingView byOrderNumber(String orderNumber) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(orderNumber)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new ResourceNotFoundException("No delivery tracking for order " + orderNumber));
    String id = instance.getId();
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(id)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    return new TrackingView(orderNumber, id, instance.getState(), instance.getEndTime() != null,
        outcome(activities, instance), instant(instance.getStartTime()), instant(instance.getEndTime()),
        activities.stream().filter(a -> a.getEndTime() == null && TIMELINE_TYPES.contains(a.getActivityType()))
            .map(TrackingQuery::activity).toList(),
        deliveryStatuses(variables.get(DELIVERY_HISTORY)), openTasks(id), incidents(id),
        activities.stream().filter(a -> TIMELINE_TYPES.contains(a.getActivityType()))
            .map(TrackingQuery::activity).toList(),
        text(variables.get(APOLOGY_COUPON_CODE)), text(variables.get(CANCEL_REASON)));
  }

  private static String outcome(List<HistoricActivityInstance> activities, HistoricProcessInstance instance) {
    for (HistoricActivityInstance activity : activities) {
      if ("End_OrderCancelled".equals(activity.getActivityId())) {
        return "CANCELLED";
      }
      if ("End_Delivered".equals(activity.getActivityId())) {
        return "DELIVERED";
      }
    }
    return instance.getEndTime() == null ? "IN_PROGRESS" : "ENDED";
  }

  private List<TrackingView.OpenTask> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(task -> new TrackingView.OpenTask(task.getId(), task.getName(), task.getAssignee(),
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            instant(task.getCreateTime())))
        .toList();
  }

  private List<TrackingView.IncidentView> incidents(String processInstanceId) {
    return runtime.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
        .map(incident -> new TrackingView.IncidentView(incident.getId(), incident.getActivityId(),
            incident.getIncidentType(), incident.getIncidentMessage(), instant(incident.getIncidentTimestamp())))
        .toList();
  }

  private static List<Map<String, Object>> deliveryStatuses(Object value) {
    List<Map<String, Object>> statuses = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object entry : list) {
        Map<String, Object> status = new LinkedHashMap<>();
        ((Map<?, ?>) entry).forEach((k, v) -> status.put(String.valueOf(k), v));
        statuses.add(status);
      }
    }
    return statuses;
  }

  private static TrackingView.Activity activity(HistoricActivityInstance a) {
    return new TrackingView.Activity(a.getActivityId(), a.getActivityName(), a.getActivityType(),
        instant(a.getStartTime()), instant(a.getEndTime()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
