package dev.commerce.chatbot.conversation.domain;

import dev.commerce.chatbot.nlu.domain.EntityMention;
import dev.commerce.chatbot.nlu.domain.Intents;
import dev.commerce.chatbot.nlu.domain.NluResult;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the dialogue state to a parsed message. When the process asked for an order number, the next
 * message is taken as the answer: it becomes {@code delivery.track} (with the number when it contains one,
 * so the process can ask again when it does not), unless the user clearly changed the subject: another task
 * intent (포인트 조회, 재고 조회, ...) with at least {@link #SUBJECT_CHANGE_CONFIDENCE}. Small talk while a
 * question is open (a greeting, "음...") does not count as a new subject.
 */
public final class DialogPolicy {

    public static final double SUBJECT_CHANGE_CONFIDENCE = 0.6;
    private static final Set<String> TASKS = Set.of(Intents.STOCK_LOOKUP, Intents.ORDER_LIST, Intents.PROMOTION_LIST,
            Intents.POINTS_BALANCE, Intents.HELP);

    /** Values the channel already extracted (Open Builder action parameters), used when the NLU found none. */
    public record Hints(String orderNumber, String itemName, Integer quantity) {
        public static Hints none() {
            return new Hints(null, null, null);
        }
    }

    public Turn interpret(String utterance, String userKey, NluResult nlu, Optional<String> awaiting, Hints hints) {
        String orderNumber = nlu.first(EntityMention.ORDER_NUMBER).map(String::valueOf).orElse(hints.orderNumber());
        String itemName = nlu.first(EntityMention.ITEM).map(String::valueOf).orElse(hints.itemName());
        Integer quantity = nlu.first(EntityMention.QUANTITY).map(v -> (Integer) v).orElse(hints.quantity());
        String intent = nlu.intent().name();
        double confidence = nlu.intent().confidence();
        String answered = null;
        if (awaiting.filter(ChatReply.AWAITING_ORDER_NUMBER::equals).isPresent()) {
            if (orderNumber != null) {
                intent = Intents.DELIVERY_TRACK;
                confidence = 1.0;
                answered = ChatReply.AWAITING_ORDER_NUMBER;
            } else if (!(TASKS.contains(intent) && confidence >= SUBJECT_CHANGE_CONFIDENCE)) {
                intent = Intents.DELIVERY_TRACK;
                answered = ChatReply.AWAITING_ORDER_NUMBER;
            }
        }
        return new Turn(utterance, intent, confidence, nlu.entities(), userKey, orderNumber, itemName, quantity, answered);
    }
}
