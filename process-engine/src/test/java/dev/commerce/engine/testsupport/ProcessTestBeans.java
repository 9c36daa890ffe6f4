package dev.commerce.engine.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.catalog.application.ItemCatalog;
import dev.commerce.engine.chatbot.adapter.in.process.ComposeStockReplyDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.IdentifyCustomerDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.ListOrdersDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.ListPromotionsDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.SendChatbotReplyDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.ShowPointsDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.StandardReplyDelegate;
import dev.commerce.engine.chatbot.adapter.in.process.TrackDeliveryDelegate;
import dev.commerce.engine.chatbot.application.ChatbotSettings;
import dev.commerce.engine.chatbot.application.ShopQueries;
import dev.commerce.engine.config.JsonExpressions;
import dev.commerce.engine.delivery.adapter.in.process.RecordDeliveryUpdateDelegate;
import dev.commerce.engine.delivery.application.DeliveryTrackingSettings;
import dev.commerce.engine.promotion.adapter.in.process.FindPromotedItemsDelegate;
import dev.commerce.engine.promotion.adapter.in.process.PreparePromotionDelegate;
import dev.commerce.engine.promotion.adapter.in.process.PublishPromotionOfferedDelegate;
import dev.commerce.engine.promotion.adapter.in.process.RecordPromotionOutcomeDelegate;
import dev.commerce.engine.promotion.adapter.in.process.SummarizePromotionDelegate;
import dev.commerce.engine.promotion.application.PromotionSettings;
import dev.commerce.engine.servicecall.adapter.in.process.CallDomainServiceDelegate;
import dev.commerce.engine.servicecall.application.JsonBodies;
import dev.commerce.engine.stocklookup.adapter.in.process.CheckStockDelegate;
import dev.commerce.engine.stocklookup.adapter.in.process.FindAlternativesDelegate;
import dev.commerce.engine.stocklookup.adapter.in.process.FindItemByNameDelegate;
import dev.commerce.engine.stocklookup.adapter.in.process.SuggestSimilarItemsDelegate;
import dev.commerce.engine.stocklookup.adapter.in.process.ValidateStockLookupRequestDelegate;
import java.util.HashMap;
import java.util.Map;

/**
 * The same delegate classes the Spring application registers, wired by hand over the fakes, under the bean
 * names the models use. SpringContextIT checks that the application context has a bean for every name.
 */
public final class ProcessTestBeans {

  /**
   * Not camunda.cfg.xml: that name would be picked up by ProcessEngines.init() inside the Spring integration
   * tests and shadow the application's engine.
   */
  public static final String CONFIGURATION = "process-test.camunda.cfg.xml";
  public static final FakeDomainServices SERVICES = new FakeDomainServices();
  public static final RecordingPromotionPublisher PUBLISHER = new RecordingPromotionPublisher();
  public static final DeliveryTrackingSettings DELIVERY = new DeliveryTrackingSettings();
  public static final PromotionSettings PROMOTION = new PromotionSettings();
  public static final RecordingReplySender REPLIES = new RecordingReplySender();
  public static final ChatbotSettings CHATBOT = new ChatbotSettings();

  private ProcessTestBeans() {
  }

  public static void reset() {
    SERVICES.reset();
    PUBLISHER.reset();
    REPLIES.reset();
  }

  static Map<Object, Object> beans() {
    ObjectMapper mapper = new ObjectMapper();
    ItemCatalog catalog = new ItemCatalog(SERVICES, mapper);
    Map<Object, Object> beans = new HashMap<>();
    beans.put("callDomainServiceDelegate", new CallDomainServiceDelegate(SERVICES, new JsonBodies(mapper)));
    beans.put("validateStockLookupRequestDelegate", new ValidateStockLookupRequestDelegate());
    beans.put("findItemByNameDelegate", new FindItemByNameDelegate(catalog));
    beans.put("checkStockDelegate", new CheckStockDelegate());
    beans.put("findAlternativesDelegate", new FindAlternativesDelegate(catalog));
    beans.put("suggestSimilarItemsDelegate", new SuggestSimilarItemsDelegate(catalog));
    beans.put("recordDeliveryUpdateDelegate", new RecordDeliveryUpdateDelegate());
    beans.put("preparePromotionDelegate", new PreparePromotionDelegate(PROMOTION));
    beans.put("findPromotedItemsDelegate", new FindPromotedItemsDelegate(catalog));
    beans.put("publishPromotionOfferedDelegate", new PublishPromotionOfferedDelegate(PUBLISHER));
    beans.put("recordPromotionOutcomeDelegate", new RecordPromotionOutcomeDelegate());
    beans.put("summarizePromotionDelegate", new SummarizePromotionDelegate());
    beans.put("deliveryTrackingSettings", DELIVERY);
    beans.put("promotionSettings", PROMOTION);
    beans.put("json", new JsonExpressions());
    ShopQueries shop = new ShopQueries(SERVICES, mapper);
    beans.put("identifyCustomerDelegate", new IdentifyCustomerDelegate(shop));
    beans.put("composeStockReplyDelegate", new ComposeStockReplyDelegate());
    beans.put("trackDeliveryDelegate", new TrackDeliveryDelegate(shop));
    beans.put("listOrdersDelegate", new ListOrdersDelegate(shop));
    beans.put("showPointsDelegate", new ShowPointsDelegate(shop));
    beans.put("listPromotionsDelegate", new ListPromotionsDelegate(shop, catalog, CHATBOT));
    beans.put("standardReplyDelegate", new StandardReplyDelegate());
    beans.put("sendChatbotReplyDelegate", new SendChatbotReplyDelegate(REPLIES));
    beans.put("chatbotSettings", CHATBOT);
    return beans;
  }
}
