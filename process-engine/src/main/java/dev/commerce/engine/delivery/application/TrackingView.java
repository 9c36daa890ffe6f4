package dev.commerce.engine.delivery.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** State and history of one order's delivery-tracking instance. */
public record TrackingView(
    String orderNumber,
    String processInstanceId,
    String state,
    boolean ended,
    String outcome,
    Instant startedAt,
    Instant endedAt,
    List<Activity> currentActivities,
    List<Map<String, Object>> deliveryStatuses,
    List<OpenTask> openTasks,
    List<IncidentView> incidents,
    List<Activity> history,
    String apologyCouponCode,
    String cancelReason) {

  public record Activity(String activityId, String activityName, String activityType, Instant startedAt,
      Instant endedAt) {
  }

  public record OpenTask(String taskId, String name, String assignee, List<String> candidateGroups,
      Instant createdAt) {
  }

  public record IncidentView(String incidentId, String activityId, String type, String message, Instant createdAt) {
  }
}
