package dev.commerce.engine.promotion.adapter.in.process;

import static dev.commerce.engine.promotion.domain.PromotionVariables.CAMPAIGN;
import static dev.commerce.engine.promotion.domain.PromotionVariables.CATEGORY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.GRADES;
import static dev.commerce.engine.promotion.domain.PromotionVariables.ISSUED_COUNT;
import static dev.commerce.engine.promotion.domain.PromotionVariables.MIN_GRADE;
import static dev.commerce.engine.promotion.domain.PromotionVariables.MIN_POINTS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.RESULTS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.SKIPPED_COUNT;

import dev.commerce.engine.promotion.application.PromotionSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fills in what the scheduled start does not carry (campaign WEEKLY-2026-W47 and the configured targeting) and
 * resets the counters the per-customer instances add to.
 */
@Component
public class PreparePromotionDelegate implements JavaDelegate {

  private final PromotionSettings settings;
  private final Clock clock;

  @Autowired
  public PreparePromotionDelegate(PromotionSettings settings) {
    this(settings, Clock.systemUTC());
  }

  PreparePromotionDelegate(PromotionSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean scheduled = blank(execution.getVariable(CAMPAIGN));
    if (scheduled) {
      LocalDate today = LocalDate.now(clock);
      execution.setVariable(CAMPAIGN, String.format("%s-%d-W%02d", settings.getCampaignPrefix(),
          today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      execution.setVariable(MIN_GRADE, settings.getMinGrade());
      execution.setVariable(MIN_POINTS, settings.getMinPoints());
      execution.setVariable(CATEGORY, settings.getCategory());
    } else {
      execution.setVariable(MIN_GRADE, blank(execution.getVariable(MIN_GRADE)) ? null : execution.getVariable(MIN_GRADE));
      execution.setVariable(MIN_POINTS, execution.getVariable(MIN_POINTS));
      execution.setVariable(CATEGORY, blank(execution.getVariable(CATEGORY)) ? null : execution.getVariable(CATEGORY));
    }
    Object grade = execution.getVariable(MIN_GRADE);
    if (grade != null && !GRADES.contains(grade.toString())) {
      throw new IllegalArgumentException("minGrade must be one of " + GRADES + ", was: " + grade);
    }
    execution.setVariable(ISSUED_COUNT, 0);
    execution.setVariable(SKIPPED_COUNT, 0);
    execution.setVariable(RESULTS, new ArrayList<>());
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
