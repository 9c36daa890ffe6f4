package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;

/**
 * What becomes of a reply whose holder is gone: the channel may still reach the user (Kakao's callback, when the
 * request was deferred and nobody has used it yet). {@link Exchange.Offer#DELIVERED_LATE} when it did,
 * {@link Exchange.Offer#EXPIRED} when the reply cannot reach anyone.
 */
@FunctionalInterface
public interface OrphanedReplies {

    OrphanedReplies NONE = (conversationId, reply) -> Exchange.Offer.EXPIRED;

    Exchange.Offer takeOver(String conversationId, ChatReply reply);
}
