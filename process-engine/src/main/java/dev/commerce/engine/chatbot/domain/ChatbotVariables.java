package dev.commerce.engine.chatbot.domain;

/**
 * Names of the chatbot process variables. The first block is the contract with chatbot-adapter (its README,
 * "Engine seam"); the rest is set by the process and visible in Cockpit's history.
 */
public final class ChatbotVariables {

  public static final String PROCESS_KEY = "chatbot";
  public static final String CONVERSATION_ID = "conversationId";
  public static final String UTTERANCE = "utterance";
  public static final String INTENT = "intent";
  public static final String BOT_USER_KEY = "botUserKey";
  public static final String CUSTOMER_ID = "customerId";
  public static final String CUSTOMER_STATUS = "customerStatus";
  public static final String ORDER_NUMBER = "orderNumber";
  public static final String ITEM_NAME = "itemName";
  public static final String QUANTITY = "quantity";
  public static final String ANSWERED_PROMPT = "answeredPrompt";

  public static final String CUSTOMER_NAME = "customerName";
  public static final String CUSTOMER_GRADE = "customerGrade";
  public static final String STOCK_STATUS = "stockStatus";
  public static final String STOCK_ITEM = "stockItem";
  public static final String STOCK_ALTERNATIVES = "stockAlternatives";
  public static final String STOCK_SUGGESTIONS = "stockSuggestions";
  public static final String ORDER = "order";
  public static final String REPLY = "reply";
  public static final String REPLY_KEY = "replyKey";
  public static final String REPLY_DELIVERY = "replyDelivery";
  public static final String ERROR_MESSAGE = "chatbotErrorMessage";

  public static final String LINKED = "LINKED";
  public static final String UNLINKED = "UNLINKED";
  public static final String UNKNOWN = "UNKNOWN";
  public static final String AWAITING_ORDER_NUMBER = "order_number";

  private ChatbotVariables() {
  }
}
