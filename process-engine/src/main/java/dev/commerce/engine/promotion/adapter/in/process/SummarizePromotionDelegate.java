package dev.commerce.engine.promotion.adapter.in.process;

import static dev.commerce.engine.promotion.domain.PromotionVariables.CAMPAIGN;
import static dev.commerce.engine.promotion.domain.PromotionVariables.ISSUED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.SKIPPED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.SUMMARY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.TARGET_CUSTOMER_IDS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class SummarizePromotionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("campaign", execution.getVariable(CAMPAIGN));
    summary.put("targeted", ((List<?>) execution.getVariable(TARGET_CUSTOMER_IDS)).size());
    summary.put("issued", execution.getVariable(ISSUED_COUNT));
    summary.put("skipped", execution.getVariable(SKIPPED_COUNT));
    execution.setVariable(SUMMARY, summary);
  }
}
