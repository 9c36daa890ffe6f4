package dev.commerce.engine.chatbot.application;

import java.util.Map;

/**
 * Outbound port to chatbot-adapter's reply endpoint. Never throws: the answer is how the delivery went
 * ({@code IN_TIME}, {@code CALLBACK}, or why it was not taken), kept in the instance's history. A reply the
 * adapter no longer takes must not roll back a conversation that already happened.
 */
public interface ChatbotReplySender {

  String send(String conversationId, Map<String, Object> reply);
}
