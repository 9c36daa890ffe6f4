package dev.commerce.chatbot.conversation.adapter.in.web;

/** {@code delivery}: {@code IN_TIME} (the webhook answers with it) or {@code CALLBACK} (posted to Kakao's callback). */
public record ReplyResponse(String conversationId, String delivery) {
}
