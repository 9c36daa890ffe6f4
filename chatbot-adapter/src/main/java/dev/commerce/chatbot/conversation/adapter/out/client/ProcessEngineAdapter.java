package dev.commerce.chatbot.conversation.adapter.out.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.application.ProcessEngine;
import dev.commerce.chatbot.conversation.domain.CustomerLink;
import dev.commerce.chatbot.conversation.domain.Turn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Correlates {@code ChatbotMessageReceived} with the conversation id as business key. Variables (the
 * contract with the chatbot process, README "Engine seam"): {@code entities} is a String holding JSON, not
 * a Camunda {@code Json} variable, so the engine needs no Spin data format to accept it.
 */
public class ProcessEngineAdapter implements ProcessEngine {

    private final ProcessEngineClient client;
    private final ObjectMapper json;
    private final String messageName;

    public ProcessEngineAdapter(ProcessEngineClient client, ObjectMapper json, String messageName) {
        this.client = client;
        this.json = json;
        this.messageName = messageName;
    }

    @Override
    public void messageReceived(String conversationId, Turn turn, CustomerLink customer) {
        Map<String, MessageCorrelationRequest.TypedValue> variables = new LinkedHashMap<>();
        variables.put("conversationId", string(conversationId));
        variables.put("utterance", string(turn.utterance()));
        variables.put("intent", string(turn.intent()));
        variables.put("confidence", new MessageCorrelationRequest.TypedValue(turn.confidence(), "Double"));
        variables.put("entities", string(entitiesJson(turn)));
        variables.put("botUserKey", string(turn.userKey()));
        variables.put("customerId", new MessageCorrelationRequest.TypedValue(customer.customerId(), "Long"));
        variables.put("customerStatus", string(customer.status().name()));
        variables.put("orderNumber", string(turn.orderNumber()));
        variables.put("itemName", string(turn.itemName()));
        variables.put("quantity", new MessageCorrelationRequest.TypedValue(turn.quantity(), "Integer"));
        variables.put("answeredPrompt", string(turn.answeredPrompt()));
        client.correlate(new MessageCorrelationRequest(messageName, conversationId, variables));
    }

    private String entitiesJson(Turn turn) {
        try {
            return json.writeValueAsString(turn.entities());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise entities", e);
        }
    }

    private static MessageCorrelationRequest.TypedValue string(String value) {
        return new MessageCorrelationRequest.TypedValue(value, "String");
    }
}
