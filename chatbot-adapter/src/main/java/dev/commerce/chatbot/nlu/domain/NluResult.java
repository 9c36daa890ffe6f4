package dev.commerce.chatbot.nlu.domain;

import java.util.List;
import java.util.Optional;

/** What the adapter understood: the intent, the entities with offsets, and every intent's probability. */
public record NluResult(IntentScore intent, List<EntityMention> entities, List<IntentScore> ranking) {

    public NluResult {
        entities = List.copyOf(entities);
        ranking = List.copyOf(ranking);
    }

    public Optional<Object> first(String entity) {
        return entities.stream().filter(e -> e.entity().equals(entity)).map(EntityMention::value).findFirst();
    }
}
