package dev.commerce.engine.chatbot.domain;

import java.util.Map;

/** Korean names for the codes the domain services answer with. */
public final class Labels {

  private static final Map<String, String> ORDER_STATUS = Map.of("PLACED", "주문 접수", "PACKED", "상품 준비 완료",
      "SHIPPED", "출고 완료", "IN_TRANSIT", "배송 중", "DELIVERED", "배송 완료", "CANCELLED", "주문 취소");
  private static final Map<String, String> CATEGORY = Map.of("coffee", "커피", "tea", "차", "dessert", "디저트",
      "bakery", "베이커리", "beans", "원두", "goods", "굿즈");

  private Labels() {
  }

  public static String orderStatus(String status) {
    return ORDER_STATUS.getOrDefault(status, status);
  }

  /** "전 상품" when a coupon or campaign is not limited to a category. */
  public static String category(String category) {
    if (category == null || category.isBlank()) {
      return "전 상품";
    }
    return CATEGORY.getOrDefault(category, category);
  }
}
