package dev.commerce.engine.delivery.adapter.in.web;

import dev.commerce.engine.delivery.application.TrackingView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /api/orders/{orderNumber}/tracking. state is the engine's (ACTIVE, COMPLETED, ...); outcome says how the
 * order's tracking ended (IN_PROGRESS, DELIVERED, CANCELLED).
 */
public record TrackingResponse(
    String orderNumber,
    String processInstanceId,
    String state,
    boolean ended,
    String outcome,
    Instant startedAt,
    Instant endedAt,
    List<TrackingView.Activity> currentActivities,
    List<Map<String, Object>> deliveryStatuses,
    List<TrackingView.OpenTask> openTasks,
    List<TrackingView.IncidentView> incidents,
    List<TrackingView.Activity> history,
    String apologyCouponCode,
    String cancelReason) {

  static TrackingResponse from(TrackingView view) {
    return new TrackingResponse(view.orderNumber(), view.processInstanceId(), view.state(), view.ended(),
        view.outcome(), view.startedAt(), view.endedAt(), view.currentActivities(), view.deliveryStatuses(),
        view.openTasks(), view.incidents(), view.history(), view.apologyCouponCode(), view.cancelReason());
  }
}
