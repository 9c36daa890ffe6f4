package dev.commerce.chatbot.nlu.adapter.in.web;

import dev.commerce.chatbot.nlu.domain.EntityMention;
import dev.commerce.chatbot.nlu.domain.IntentScore;
import dev.commerce.chatbot.nlu.domain.NluResult;
import java.util.List;

/** {@code {"intent":{"name","confidence"},"entities":[{entity,value,start,end}],"ranking":[{name,confidence}]}}. */
public record ParseResponse(Intent intent, List<Entity> entities, List<Intent> ranking) {

    public record Intent(String name, double confidence) {
    }

    public record Entity(String entity, Object value, int start, int end) {
    }

    static ParseResponse of(NluResult result) {
        return new ParseResponse(intent(result.intent()),
                result.entities().stream().map(ParseResponse::entity).toList(),
                result.ranking().stream().map(ParseResponse::intent).toList());
    }

    private static Intent intent(IntentScore score) {
        return new Intent(score.name(), score.confidence());
    }

    private static Entity entity(EntityMention mention) {
        return new Entity(mention.entity(), mention.value(), mention.start(), mention.end());
    }
}
