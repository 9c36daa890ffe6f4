package dev.commerce.engine.chatbot.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** {@code commerce.chatbot.*}: where the chatbot process delivers its replies and what it calls "current". */
@Component("chatbotSettings")
@ConfigurationProperties("commerce.chatbot")
public class ChatbotSettings {

  /** Logical name of chatbot-adapter (static LoadBalancer instance locally, DNS in compose). */
  private String adapterService = "chatbot-adapter";
  /** X-Internal-Token of the adapter's reply endpoint. */
  private String internalToken;
  /** A promotion run started within this window is "진행 중" for the chatbot. */
  private Duration promotionWindow = Duration.ofDays(7);

  public String getAdapterService() {
    return adapterService;
  }

  public void setAdapterService(String adapterService) {
    this.adapterService = adapterService;
  }

  public String getInternalToken() {
    return internalToken;
  }

  public void setInternalToken(String internalToken) {
    this.internalToken = internalToken;
  }

  public Duration getPromotionWindow() {
    return promotionWindow;
  }

  public void setPromotionWindow(Duration promotionWindow) {
    this.promotionWindow = promotionWindow;
  }
}
