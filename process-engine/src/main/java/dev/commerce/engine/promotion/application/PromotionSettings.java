package dev.commerce.engine.promotion.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code commerce.promotion.*}: the model's timer start reads {@code ${promotionSettings.cron}} when the
 * definition is deployed; the scheduled run takes its targeting from the defaults.
 */
@Component("promotionSettings")
@ConfigurationProperties("commerce.promotion")
public class PromotionSettings {

  /** Quartz-style cron with seconds, as Camunda timer cycles expect: Mondays 10:00. */
  private String cron = "0 0 10 ? * MON";
  private String campaignPrefix = "WEEKLY";
  private String minGrade = "SILVER";
  private Integer minPoints;
  private String category;

  public String getCron() {
    return cron;
  }

  public void setCron(String cron) {
    this.cron = cron;
  }

  public String getCampaignPrefix() {
    return campaignPrefix;
  }

  public void setCampaignPrefix(String campaignPrefix) {
    this.campaignPrefix = campaignPrefix;
  }

  public String getMinGrade() {
    return minGrade;
  }

  public void setMinGrade(String minGrade) {
    this.minGrade = minGrade == null || minGrade.isBlank() ? null : minGrade;
  }

  public Integer getMinPoints() {
    return minPoints;
  }

  public void setMinPoints(Integer minPoints) {
    this.minPoints = minPoints;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category == null || category.isBlank() ? null : category;
  }
}
