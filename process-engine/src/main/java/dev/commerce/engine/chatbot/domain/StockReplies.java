package dev.commerce.engine.chatbot.domain;

import static dev.commerce.engine.chatbot.domain.Korean.count;
import static dev.commerce.engine.chatbot.domain.Korean.topic;
import static dev.commerce.engine.chatbot.domain.Korean.won;

import dev.commerce.engine.catalog.domain.CatalogItem;
import java.util.ArrayList;
import java.util.List;

/** The answer to "아메리카노 재고 있어요?" for each outcome of the stock-lookup process. */
public final class StockReplies {

  private StockReplies() {
  }

  public static ChatReply of(String status, CatalogItem item, List<CatalogItem> alternatives,
      List<String> suggestions, String askedName, int quantity) {
    return switch (status == null ? "NOT_FOUND" : status) {
      case "AVAILABLE" -> available(item, quantity);
      case "LOW" -> low(item, quantity);
      case "OUT_OF_STOCK" -> outOfStock(item, alternatives);
      default -> notFound(askedName, suggestions);
    };
  }

  private static ChatReply available(CatalogItem item, int quantity) {
    String text = quantity > 1
        ? item.name() + " " + quantity + "개 주문할 수 있어요. 재고가 " + count(item.stock()) + "개 있어요."
        : topic(item.name()) + " 지금 주문할 수 있어요. 재고가 " + count(item.stock()) + "개 있어요.";
    return ChatReply.text(text).withCard(card(item));
  }

  private static ChatReply low(CatalogItem item, int quantity) {
    String text = topic(item.name()) + " " + count(item.stock()) + "개만 남아 있어서 " + quantity + "개는 어려워요. "
        + count(item.stock()) + "개까지는 주문할 수 있어요.";
    return ChatReply.text(text).withCard(card(item));
  }

  private static ChatReply outOfStock(CatalogItem item, List<CatalogItem> alternatives) {
    if (alternatives.isEmpty()) {
      return ChatReply.text(topic(item.name()) + " 지금 품절이에요. 같은 종류의 다른 상품도 지금은 재고가 없어요. "
          + "입고되면 다시 물어봐 주세요.");
    }
    List<ChatReply.Entry> entries = alternatives.stream()
        .map(a -> new ChatReply.Entry(a.name(), won(a.price()) + " · 재고 " + count(a.stock()) + "개")).toList();
    List<String> quickReplies = new ArrayList<>();
    alternatives.forEach(a -> quickReplies.add(a.name() + " 재고"));
    quickReplies.addAll(ChatReply.MAIN_MENU);
    return ChatReply.text(topic(item.name()) + " 지금 품절이에요. 대신 이런 상품은 어떠세요?")
        .withList(new ChatReply.ItemList("대신 이런 상품은 어떠세요?", entries))
        .withQuickReplies(quickReplies);
  }

  private static ChatReply notFound(String askedName, List<String> suggestions) {
    String asked = askedName == null ? "말씀하신" : "'" + askedName + "'" + quoted(askedName);
    if (suggestions.isEmpty()) {
      return ChatReply.text(asked + " 상품은 찾지 못했어요. 상품 이름을 다시 확인해 주세요.");
    }
    List<String> quickReplies = new ArrayList<>();
    suggestions.forEach(name -> quickReplies.add(name + " 재고"));
    quickReplies.addAll(ChatReply.MAIN_MENU);
    return ChatReply.text(asked + " 상품은 찾지 못했어요. 혹시 " + String.join(", ", suggestions) + " 중에 찾으시나요?")
        .withQuickReplies(quickReplies);
  }

  /** 'X'라는 / 'X'이라는: the particle after a quotation follows the quoted word. */
  private static String quoted(String word) {
    Boolean coda = Korean.hasFinalConsonant(word);
    return Boolean.TRUE.equals(coda) ? "이라는" : "라는";
  }

  private static ChatReply.Card card(CatalogItem item) {
    return new ChatReply.Card(item.name(),
        won(item.price()) + " · 재고 " + count(item.stock()) + "개 · 적립 " + Korean.points(item.points()),
        List.of(new ChatReply.Button("다른 상품 재고", "재고 조회")));
  }
}
