package dev.commerce.chatbot.conversation.adapter.out.client;

import java.util.Map;

/** Body of Camunda's {@code POST /engine-rest/message}. */
public record MessageCorrelationRequest(String messageName, String businessKey, Map<String, TypedValue> processVariables) {

    /** A Camunda REST variable: {@code {"value": ..., "type": "String"}}; the value may be null. */
    public record TypedValue(Object value, String type) {
    }
}
