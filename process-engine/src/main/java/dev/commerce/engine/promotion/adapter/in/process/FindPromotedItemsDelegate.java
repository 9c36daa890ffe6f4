package dev.commerce.engine.promotion.adapter.in.process;

import static dev.commerce.engine.promotion.domain.PromotionVariables.CATEGORY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.MAX_PROMOTED_ITEMS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROMOTED_SKUS;
import static dev.commerce.engine.promotion.domain.PromotionVariables.PROMOTION_CATEGORY;
import static dev.commerce.engine.promotion.domain.PromotionVariables.TOP_CATEGORY;

import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.catalog.domain.CatalogItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The campaign's category wins; without one the customer's favourite category is promoted. Only items in stock
 * are offered: a coupon for something we cannot sell annoys more than it helps.
 */
@Component
public class FindPromotedItemsDelegate implements JavaDelegate {

  private final ItemCatalog catalog;

  public FindPromotedItemsDelegate(ItemCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object campaignCategory = execution.getVariable(CATEGORY);
    Object favourite = execution.getVariable(TOP_CATEGORY);
    String category = campaignCategory != null ? campaignCategory.toString()
        : favourite != null ? favourite.toString() : null;
    List<String> skus = new ArrayList<>();
    catalog.search(null, category).stream()
        .filter(item -> item.inStock() && (category == null || category.equals(item.category())))
        .sorted(Comparator.comparingInt(CatalogItem::stock).reversed().thenComparingLong(CatalogItem::id))
        .limit(MAX_PROMOTED_ITEMS)
        .forEach(item -> skus.add(item.sku()));
    execution.setVariable(PROMOTION_CATEGORY, category);
    execution.setVariable(PROMOTED_SKUS, skus);
  }
}
