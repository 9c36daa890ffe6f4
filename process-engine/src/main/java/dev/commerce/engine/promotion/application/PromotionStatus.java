package dev.commerce.engine.promotion.application;

import java.util.List;
import java.util.Map;

/** Targeted, issued and skipped customers of one promotion run; counts grow while it runs. */
public record PromotionStatus(String processInstanceId, String campaign, String state, boolean ended,
    Integer targeted, int issued, int skipped, List<Map<String, Object>> results, List<String> incidents) {
}
