package dev.commerce.engine.chatbot.adapter.in.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.catalog.domain.CatalogItem;
import dev.commerce.engine.chatbot.application.ChatbotSettings;
import dev.commerce.engine.chatbot.application.RecentCampaigns;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.chatbot.domain.PromotionReplies;
import dev.commerce.engine.chatbot.domain.PromotionReplies.Campaign;
import dev.commerce.engine.chatbot.domain.PromotionReplies.Coupon;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "이벤트 뭐 있어?": the linked customer's usable coupons, the campaigns the promotion process ran recently, and
 * in-stock items of their categories (the same rule the promotion process uses to pick promoted items).
 */
@Component
public class ListPromotionsDelegate implements JavaDelegate {

  static final int MAX_ITEMS = 3;

  private final ShopQueries shop;
  private final ItemCatalog catalog;
  private final ChatbotSettings settings;
  private final Clock clock;

  @Autowired
  public ListPromotionsDelegate(ShopQueries shop, ItemCatalog catalog, ChatbotSettings settings) {
    this(shop, catalog, settings, Clock.systemUTC());
  }

  ListPromotionsDelegate(ShopQueries shop, ItemCatalog catalog, ChatbotSettings settings, Clock clock) {
    this.shop = shop;
    this.catalog = catalog;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean linked = ChatbotExecution.linked(execution);
    List<Coupon> coupons = new ArrayList<>();
    if (linked) {
      for (JsonNode coupon : shop.usableCoupons(ChatbotExecution.customerId(execution))) {
        coupons.add(new Coupon(coupon.path("campaign").asText(), coupon.path("discountPercent").asInt(),
            coupon.path("category").asText(null), coupon.path("validUntil").asText(null)));
      }
    }
    List<Campaign> campaigns = RecentCampaigns.since(execution.getProcessEngineServices().getHistoryService(),
        clock.instant().minus(settings.getPromotionWindow()));
    ChatbotExecution.reply(execution, PromotionReplies.of(linked, ChatbotExecution.customerName(execution), coupons,
        campaigns, promotedItems(campaigns)));
  }

  private List<String> promotedItems(List<Campaign> campaigns) {
    if (campaigns.isEmpty()) {
      return List.of();
    }
    boolean everything = campaigns.stream().anyMatch(c -> c.category() == null);
    Set<String> categories = campaigns.stream().map(Campaign::category).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    return catalog.all().stream()
        .filter(item -> item.inStock() && (everything || categories.contains(item.category())))
        .sorted(Comparator.comparingInt(CatalogItem::stock).reversed().thenComparingLong(CatalogItem::id))
        .limit(MAX_ITEMS).map(CatalogItem::name).toList();
  }
}
