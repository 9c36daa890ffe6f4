package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.CustomerLink;

/** Looks a chat user up at customer-service; never throws (a failure is {@link CustomerLink.Status#UNKNOWN}). */
public interface CustomerDirectory {

    CustomerLink findByUserKey(String userKey);
}
