package dev.commerce.engine.promotion.adapter.in.process;

import static dev.commerce.engine.promotion.domain.PromotionVariables.COUPON_CODE;
import static dev.commerce.engine.promotion.domain.PromotionVariables.COUPON_ERROR;
import static dev.commerce.engine.promotion.domain.PromotionVariables.CUSTOMER_ID;
import static dev.commerce.engine.promotion.domain.PromotionVariables.DISCOUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.ISSUED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROMOTED_SKUS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.RESULTS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.SKIPPED_COUNT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Adds one customer's outcome to the campaign's results on the process instance. Safe without locking: the
 * per-customer jobs of one instance are exclusive, so the engine never runs two of them at the same time.
 */
@Component
public class RecordPromotionOutcomeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object couponError = execution.getVariable(COUPON_ERROR);
    List<?> skus = (List<?>) execution.getVariable(PROMOTED_SKUS);
    String reason = couponError != null ? "COUPON_REJECTED:" + couponError
        : skus == null || skus.isEmpty() ? "NO_PROMOTED_ITEMS" : null;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("customerId", execution.getVariable(CUSTOMER_ID));
    result.put("outcome", reason == null ? "ISSUED" : "SKIPPED");
    result.put("reason", reason);
    result.put("couponCode", reason == null ? execution.getVariable(COUPON_CODE) : null);
    Map<?, ?> discount = (Map<?, ?>) execution.getVariable(DISCOUNT);
    result.put("discountPercent", reason == null && discount != null ? discount.get("discountPercent") : null);
    result.put("items", skus == null ? new ArrayList<>() : new ArrayList<>(skus));

    DelegateExecution instance = execution.getProcessInstance();
    List<Object> results = new ArrayList<>((List<?>) instance.getVariable(RESULTS));
    results.add(result);
    instance.setVariable(RESULTS, results);
    String counter = reason == null ? ISSUED_COUNT : SKIPPED_COUNT;
    instance.setVariable(counter, ((Number) instance.getVariable(counter)).intValue() + 1);
  }
}
