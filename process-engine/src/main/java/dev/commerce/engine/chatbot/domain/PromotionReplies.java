package dev.commerce.engine.chatbot.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Coupons the customer can use now and the promotions running now (campaigns of the last days and in-stock items
 * of their categories). Unlinked users see the promotions only, plus how to see their coupons.
 */
public final class PromotionReplies {

  /** The list card shows at most five entries: coupons first, they are what the customer can act on. */
  static final int MAX_ENTRIES = 5;

  private PromotionReplies() {
  }

  public record Coupon(String campaign, int discountPercent, String category, String validUntil) {
  }

  public record Campaign(String campaign, String category, String minGrade) {
  }

  public static ChatReply of(boolean linked, String name, List<Coupon> coupons, List<Campaign> campaigns,
      List<String> promotedItems) {
    List<String> sentences = new ArrayList<>();
    if (linked) {
      String who = name == null || name.isBlank() ? "지금" : name + "님이 지금";
      sentences.add(coupons.isEmpty() ? who + " 쓸 수 있는 쿠폰은 없어요."
          : who + " 쓸 수 있는 쿠폰이 " + coupons.size() + "장 있어요.");
    }
    sentences.add(campaigns.isEmpty() ? "지금 진행 중인 이벤트는 없어요."
        : "진행 중인 이벤트: " + String.join(", ", campaigns.stream().map(Campaign::campaign).toList()) + ".");
    if (!promotedItems.isEmpty()) {
      sentences.add("지금 주문할 수 있는 이벤트 상품: " + String.join(", ", promotedItems) + ".");
    }
    if (!linked) {
      sentences.add("카카오 계정을 회원 정보와 연결하면 받은 쿠폰도 여기서 확인할 수 있어요.");
    }
    List<ChatReply.Entry> entries = new ArrayList<>();
    for (Coupon coupon : coupons) {
      entries.add(new ChatReply.Entry(coupon.discountPercent() + "% 할인 쿠폰", coupon.campaign() + " · "
          + Labels.category(coupon.category()) + (coupon.validUntil() == null ? "" : " · " + coupon.validUntil() + "까지")));
    }
    for (Campaign campaign : campaigns) {
      entries.add(new ChatReply.Entry("이벤트 " + campaign.campaign(), Labels.category(campaign.category())
          + (campaign.minGrade() == null ? " · 모든 회원" : " · " + campaign.minGrade() + " 이상 회원")));
    }
    ChatReply reply = ChatReply.text(String.join(" ", sentences));
    return entries.isEmpty() ? reply
        : reply.withList(new ChatReply.ItemList(linked ? "쿠폰과 이벤트" : "진행 중인 이벤트",
            entries.subList(0, Math.min(MAX_ENTRIES, entries.size()))));
  }
}
