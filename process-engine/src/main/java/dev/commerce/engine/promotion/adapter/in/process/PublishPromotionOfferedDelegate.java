package dev.commerce.engine.promotion.adapter.in.process;

import static dev.commerce.engine.promotion.domain.PromotionVariables.CAMPAIGN;
import static dev.commerce.engine.promotion.domain.PromotionVariables.COUPON_CODE;
import static dev.commerce.engine.promotion.domain.PromotionVariables.COUPON_VALID_UNTIL;
import static dev.commerce.engine.promotion.domain.PromotionVariables.CUSTOMER_ID;
import static dev.commerce.engine.promotion.domain.PromotionVariables.DISCOUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.OFFER_EVENT_ID;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROMOTED_SKUS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROMOTION_CATEGORY;

import dev.commerce.engine.promotion.application.PromotionOffer;
import dev.commerce.engine.promotion.application.PromotionOfferedPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class PublishPromotionOfferedDelegate implements JavaDelegate {

  private final PromotionOfferedPublisher publisher;

  public PublishPromotionOfferedDelegate(PromotionOfferedPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<?, ?> discount = (Map<?, ?>) execution.getVariable(DISCOUNT);
    List<String> items = new ArrayList<>();
    ((List<?>) execution.getVariable(PROMOTED_SKUS)).forEach(sku -> items.add(String.valueOf(sku)));
    Object category = execution.getVariable(PROMOTION_CATEGORY);
    Object validUntil = execution.getVariable(COUPON_VALID_UNTIL);
    PromotionOffer offer = new PromotionOffer(((Number) execution.getVariable(CUSTOMER_ID)).longValue(),
        String.valueOf(execution.getVariable(CAMPAIGN)), String.valueOf(execution.getVariable(COUPON_CODE)),
        ((Number) discount.get("discountPercent")).intValue(), category == null ? null : category.toString(),
        validUntil == null ? null : validUntil.toString(), items);
    execution.setVariable(OFFER_EVENT_ID, publisher.publish(offer));
  }
}
