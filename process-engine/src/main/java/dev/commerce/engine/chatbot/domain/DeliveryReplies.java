package dev.commerce.engine.chatbot.domain;

import static dev.commerce.engine.chatbot.domain.Korean.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an order is. A linked customer asking about their own order sees everything (items, total, carrier and
 * tracking number); someone who only typed an order number sees the status and the last step, nothing personal:
 * order numbers are sequential and easy to guess.
 */
public final class DeliveryReplies {

  private DeliveryReplies() {
  }

  /** One step of the delivery timeline as order-service answers it. */
  public record Step(String status, String location, String at) {
  }

  public record Delivery(String status, String carrier, String trackingNumber, List<Step> events) {
    Step last() {
      return events.isEmpty() ? null : events.get(events.size() - 1);
    }
  }

  /** What the chatbot may tell about an order besides its number: items and total, for the owner only. */
  public record OrderSummary(String orderNumber, String items, Long total) {
  }

  public static ChatReply of(OrderSummary order, Delivery delivery, boolean owner) {
    String number = order.orderNumber();
    Step last = delivery.last();
    String text = switch (delivery.status()) {
      case "PLACED" -> "주문 " + topic(number) + " 접수되었고 상품을 준비하고 있어요.";
      case "PACKED" -> "주문 " + topic(number) + " 포장을 마치고 출고를 기다리고 있어요.";
      case "SHIPPED" -> "주문 " + topic(number) + " 출고되었어요." + carrier(delivery, owner);
      case "IN_TRANSIT" -> "주문 " + topic(number) + " 배송 중이에요."
          + (last != null && present(last.location()) ? " 지금 " + last.location() + "에 있어요." : "");
      case "DELIVERED" -> "주문 " + topic(number) + " "
          + (last != null ? Korean.dayTime(last.at()) + "에 " : "") + "배송이 완료되었어요.";
      case "CANCELLED" -> "주문 " + topic(number) + " 취소된 주문이에요.";
      default -> "주문 " + number + "의 상태는 " + Labels.orderStatus(delivery.status()) + "예요.";
    };
    List<String> lines = new ArrayList<>();
    lines.add("상태: " + Labels.orderStatus(delivery.status()));
    if (owner && order.items() != null) {
      lines.add("상품: " + order.items() + (order.total() == null ? "" : " · " + Korean.won(order.total())));
    }
    if (owner && present(delivery.carrier())) {
      lines.add("택배: " + delivery.carrier() + (present(delivery.trackingNumber()) ? " " + delivery.trackingNumber() : ""));
    }
    if (last != null) {
      lines.add("최근: " + Korean.dayTime(last.at()) + " " + Labels.orderStatus(last.status())
          + (present(last.location()) ? " (" + last.location() + ")" : ""));
    }
    List<ChatReply.Button> buttons = owner ? List.of(new ChatReply.Button("최근 주문 보기", "최근 주문 내역 보여줘"))
        : List.of();
    return ChatReply.text(text).withCard(new ChatReply.Card("주문 " + number, String.join("\n", lines), buttons));
  }

  private static String carrier(Delivery delivery, boolean owner) {
    if (!present(delivery.carrier())) {
      return "";
    }
    return " " + delivery.carrier() + (owner && present(delivery.trackingNumber())
        ? " 운송장 번호는 " + Korean.copula(delivery.trackingNumber()) + "." : "에서 배송해요.");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
