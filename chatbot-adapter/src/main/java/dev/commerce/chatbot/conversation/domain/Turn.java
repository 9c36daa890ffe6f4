package dev.commerce.chatbot.conversation.domain;

import dev.commerce.chatbot.nlu.domain.EntityMention;
import java.util.List;

/**
 * What the process is told about one user message: the utterance, the intent and entities (after the
 * dialogue state has been applied, e.g. a bare order number answering "which order?"), and the values the
 * process uses most, pulled out of the entities.
 */
public record Turn(String utterance, String intent, double confidence, List<EntityMention> entities,
                   String userKey, String orderNumber, String itemName, Integer quantity,
                   String answeredPrompt) {

    public Turn {
        entities = List.copyOf(entities);
    }
}
