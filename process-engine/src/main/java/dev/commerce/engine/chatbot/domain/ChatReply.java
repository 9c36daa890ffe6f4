package dev.commerce.engine.chatbot.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of one conversation in the shape chatbot-adapter's reply endpoint takes (text, optional card or
 * list, quick replies, awaiting). The adapter cuts to Kakao's limits, so nothing here needs to know them.
 */
public record ChatReply(String text, Card card, ItemList list, List<String> quickReplies, String awaiting) {

  /** The main menu Kakao shows under every answer. */
  public static final List<String> MAIN_MENU = List.of("재고 조회", "배송 조회", "이벤트", "포인트");

  public ChatReply {
    quickReplies = quickReplies == null ? MAIN_MENU : List.copyOf(quickReplies);
  }

  public static ChatReply text(String text) {
    return new ChatReply(text, null, null, MAIN_MENU, null);
  }

  public ChatReply withCard(Card card) {
    return new ChatReply(text, card, list, quickReplies, awaiting);
  }

  public ChatReply withList(ItemList list) {
    return new ChatReply(text, card, list, quickReplies, awaiting);
  }

  public ChatReply withQuickReplies(List<String> quickReplies) {
    return new ChatReply(text, card, list, quickReplies, awaiting);
  }

  public ChatReply awaitingOrderNumber() {
    return new ChatReply(text, card, list, quickReplies, ChatbotVariables.AWAITING_ORDER_NUMBER);
  }

  /** Plain maps and lists, so the engine stores the variable as JSON and the send task posts it unchanged. */
  public Map<String, Object> toVariable() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", text);
    value.put("card", card == null ? null : card.toMap());
    value.put("list", list == null ? null : list.toMap());
    value.put("quickReplies", new ArrayList<>(quickReplies));
    value.put("awaiting", awaiting);
    return value;
  }

  public record Card(String title, String description, List<Button> buttons) {
    Map<String, Object> toMap() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("title", title);
      value.put("description", description);
      value.put("imageUrl", null);
      value.put("buttons", buttons.stream().map(Button::toMap).toList());
      return value;
    }
  }

  public record ItemList(String header, List<Entry> items) {
    Map<String, Object> toMap() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("header", header);
      value.put("items", items.stream().map(Entry::toMap).toList());
      value.put("buttons", List.of());
      return value;
    }
  }

  public record Entry(String title, String description) {
    Map<String, Object> toMap() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("title", title);
      value.put("description", description);
      return value;
    }
  }

  /** A button that sends {@code messageText} as the user's next message. */
  public record Button(String label, String messageText) {
    Map<String, Object> toMap() {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("label", label);
      value.put("action", "message");
      value.put("messageText", messageText);
      value.put("webLinkUrl", null);
      return value;
    }
  }
}
