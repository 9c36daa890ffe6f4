package dev.commerce.engine.chatbot.domain;

import java.util.List;

/** Points and grade, the order list, and what an unlinked user is told. */
public final class AccountReplies {

  /** Lifetime points from which a grade starts (customer-service: BRONZE < 3,000 ≤ SILVER < 10,000 ≤ GOLD < 30,000 ≤ VIP). */
  private static final List<String> GRADES = List.of("BRONZE", "SILVER", "GOLD", "VIP");
  private static final List<Long> THRESHOLDS = List.of(0L, 3_000L, 10_000L, 30_000L);

  public static final String LINK_ACCOUNT = "카카오 계정이 아직 회원 정보와 연결되지 않았어요. 12번가 앱의 [내 정보 > 카카오 연결]에서 "
      + "연결하면 주문·포인트·쿠폰을 여기서 확인할 수 있어요. 재고와 이벤트는 지금도 물어보실 수 있어요.";
  public static final String CUSTOMER_UNKNOWN = "지금은 회원 정보를 확인할 수 없어요. 잠시 후 다시 시도해 주세요. "
      + "재고와 이벤트는 지금도 물어보실 수 있어요.";

  private AccountReplies() {
  }

  public static ChatReply points(String name, long balance, long lifetime, String grade) {
    StringBuilder text = new StringBuilder(greetingName(name)).append("사용할 수 있는 포인트는 ")
        .append(Korean.points(balance)).append("예요.\n");
    text.append("지금 ").append(grade).append(" 등급이고, 누적 적립 포인트는 ").append(Korean.points(lifetime)).append("예요. ");
    int index = GRADES.indexOf(grade);
    if (index == GRADES.size() - 1) {
      text.append("최고 등급이에요. 감사합니다!");
    } else if (index >= 0) {
      long missing = Math.max(0, THRESHOLDS.get(index + 1) - lifetime);
      text.append(GRADES.get(index + 1)).append(" 등급까지 ").append(Korean.points(missing)).append(" 남았어요.");
    }
    return ChatReply.text(text.toString().strip());
  }

  /** One entry of the order list. */
  public record OrderLine(String orderNumber, String status, String items, long total) {
  }

  public static ChatReply orders(String name, List<OrderLine> orders) {
    if (orders.isEmpty()) {
      return noOrders();
    }
    List<ChatReply.Entry> entries = orders.stream().map(o -> new ChatReply.Entry(o.orderNumber(),
        Labels.orderStatus(o.status()) + " · " + o.items() + " · " + Korean.won(o.total()))).toList();
    return ChatReply.text(greetingName(name) + "최근 주문 " + orders.size() + "건이에요. 배송이 궁금한 주문번호를 보내 주세요.")
        .withList(new ChatReply.ItemList("최근 주문", entries));
  }

  public static ChatReply noOrders() {
    return ChatReply.text("아직 주문 내역이 없어요. 주문하시면 여기서 배송 상황을 알려드릴게요.");
  }

  /** "아메리카노 외 1건". */
  public static String items(List<String> names) {
    if (names.isEmpty()) {
      return "상품 없음";
    }
    return names.get(0) + (names.size() > 1 ? " 외 " + (names.size() - 1) + "건" : "");
  }

  /** "김민수님의 " or nothing when the name is not known. */
  static String greetingName(String name) {
    return name == null || name.isBlank() ? "" : name + "님의 ";
  }
}
