package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;

/**
 * Hands a reply to the replica that holds its conversation and reports what that replica did with it. Without
 * shared infrastructure (one instance) there is nobody to hand it to: {@link #LOCAL_ONLY}.
 */
public interface ReplyRelay {

    ReplyRelay LOCAL_ONLY = new ReplyRelay() {
        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public Relayed forward(String holder, String conversationId, ChatReply reply) {
            return new Relayed(Relayed.Kind.UNAVAILABLE, null);
        }
    };

    /** False when replies cannot travel between instances, so every reply is looked up locally. */
    boolean shared();

    /** Never throws; the result says whether the holder answered, is gone, kept silent or could not be reached. */
    Relayed forward(String holder, String conversationId, ChatReply reply);

    record Relayed(Kind kind, Exchange.Offer offer) {

        public enum Kind { ANSWERED, HOLDER_GONE, NO_ANSWER, UNAVAILABLE }

        public static Relayed answered(Exchange.Offer offer) {
            return new Relayed(Kind.ANSWERED, offer);
        }

        public static Relayed of(Kind kind) {
            return new Relayed(kind, null);
        }
    }
}
