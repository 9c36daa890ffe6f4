package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.CustomerLink;
import dev.commerce.chatbot.conversation.domain.Turn;

/** Hands a message to the chatbot BPMN process; throws when the engine does not accept it. */
public interface ProcessEngine {

    void messageReceived(String conversationId, Turn turn, CustomerLink customer);
}
