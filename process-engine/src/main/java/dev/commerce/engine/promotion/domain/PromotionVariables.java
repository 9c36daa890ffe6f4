package dev.commerce.engine.promotion.domain;

import java.util.List;

public final class PromotionVariables {

  public static final String PROCESS_KEY = "promotion";
  public static final String START_MESSAGE = "PromotionRequested";
  public static final String CAMPAIGN = "campaign";
  public static final String MIN_GRADE = "minGrade";
  public static final String MIN_POINTS = "minPoints";
  public static final String CATEGORY = "category";
  public static final String TARGET_CUSTOMER_IDS = "targetCustomerIds";
  public static final String CUSTOMER_ID = "customerId";
  public static final String TOP_CATEGORY = "topCategory";
  public static final String PROMOTION_CATEGORY = "promotionCategory";
  public static final String PROMOTED_SKUS = "promotedSkus";
  public static final String DISCOUNT = "discount";
  public static final String COUPON_CODE = "couponCode";
  public static final String COUPON_VALID_UNTIL = "couponValidUntil";
  public static final String COUPON_ERROR = "couponError";
  public static final String OFFER_EVENT_ID = "offerEventId";
  public static final String RESULTS = "promotionResults";
  public static final String ISSUED_COUNT = "issuedCount";
  public static final String SKIPPED_COUNT = "skippedCount";
  public static final String SUMMARY = "promotionSummary";
  public static final List<String> GRADES = List.of("BRONZE", "SILVER", "GOLD", "VIP");
  public static final int MAX_PROMOTED_ITEMS = 3;

  private PromotionVariables() {
  }
}
