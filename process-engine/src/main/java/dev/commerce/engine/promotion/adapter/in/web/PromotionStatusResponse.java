package dev.commerce.engine.promotion.adapter.in.web;

import dev.commerce.engine.promotion.application.PromotionStatus;
import java.util.List;
import java.util.Map;

public record PromotionStatusResponse(String processInstanceId, String campaign, String state, boolean ended,
    Integer targeted, int issued, int skipped, List<Map<String, Object>> results, List<String> incidents) {

  static PromotionStatusResponse from(PromotionStatus status) {
    return new PromotionStatusResponse(status.processInstanceId(), status.campaign(), status.state(),
        status.ended(), status.targeted(), status.issued(), status.skipped(), status.results(), status.incidents());
  }
}
