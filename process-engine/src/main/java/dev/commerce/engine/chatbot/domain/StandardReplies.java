package dev.commerce.engine.chatbot.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The replies that need no domain data, chosen by the {@code replyKey} input of a "standard reply" task:
 * greeting, help, fallback, the follow-up questions and the explanations after an error boundary event.
 */
public final class StandardReplies {

  private StandardReplies() {
  }

  /** What the reply may depend on besides its key. */
  public record Context(String intent, String customerStatus, String customerName, String orderNumber,
      String answeredPrompt, LocalDate today) {
  }

  public static ChatReply of(String key, Context context) {
    return switch (key) {
      case "greeting" -> ChatReply.text((context.customerName() == null ? "안녕하세요!"
          : "안녕하세요, " + context.customerName() + "님!")
          + " 12번가 챗봇이에요. 상품 재고, 배송, 이벤트와 쿠폰, 포인트를 물어보세요.");
      case "help" -> ChatReply.text("이렇게 물어보세요.\n· 아메리카노 재고 있어요?\n· 주문 배송 어디쯤이야?\n"
          + "· 최근 주문 보여줘\n· 이벤트 뭐 있어?\n· 내 포인트 얼마야?");
      case "fallback" -> ChatReply.text("죄송해요, 무슨 말씀인지 잘 모르겠어요. 아래 메뉴에서 골라 주시거나 "
          + "\"도움말\"이라고 보내 주세요.");
      case "ask-item" -> ChatReply.text("어떤 상품의 재고를 알려드릴까요? 상품 이름과 함께 물어봐 주세요. "
          + "예) 아메리카노 재고 있어요?");
      case "ask-order-number" -> askOrderNumber(context);
      case "no-orders" -> AccountReplies.noOrders();
      case "link-account" -> ChatReply.text(ChatbotVariables.UNKNOWN.equals(context.customerStatus())
          ? AccountReplies.CUSTOMER_UNKNOWN : AccountReplies.LINK_ACCOUNT);
      case "service-unavailable" -> ChatReply.text("죄송해요, 지금 " + topic(context.intent())
          + " 정보를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.");
      case "order-not-found" -> ChatReply.text("주문번호 " + Korean.object(String.valueOf(context.orderNumber()))
          + " 찾을 수 없어요. 번호를 확인하고 다시 보내 주세요.").awaitingOrderNumber();
      case "not-your-order" -> ChatReply.text("주문 " + Korean.topic(String.valueOf(context.orderNumber()))
          + " 고객님 계정의 주문이 아니어서 알려드릴 수 없어요. 주문하신 카카오 계정으로 확인해 주세요.");
      default -> throw new IllegalArgumentException("unknown replyKey '" + key + "' (see StandardReplies)");
    };
  }

  private static ChatReply askOrderNumber(Context context) {
    String example = "ORD-" + context.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "-0001";
    if (ChatbotVariables.AWAITING_ORDER_NUMBER.equals(context.answeredPrompt())) {
      return ChatReply.text("주문번호를 찾지 못했어요. " + example + "처럼 주문번호를 보내 주세요.").awaitingOrderNumber();
    }
    String hint = ChatbotVariables.UNLINKED.equals(context.customerStatus())
        ? " 카카오 계정을 회원 정보와 연결하면 주문번호 없이도 최근 주문을 알려드려요." : "";
    return ChatReply.text("배송을 조회할 주문번호를 알려 주세요. (예: " + example + ")" + hint).awaitingOrderNumber();
  }

  private static String topic(String intent) {
    if (intent == null) {
      return "요청하신";
    }
    return switch (intent) {
      case "stock.lookup" -> "재고";
      case "delivery.track" -> "배송";
      case "order.list" -> "주문";
      case "promotion.list" -> "이벤트";
      case "points.balance" -> "포인트";
      default -> "요청하신";
    };
  }
}
