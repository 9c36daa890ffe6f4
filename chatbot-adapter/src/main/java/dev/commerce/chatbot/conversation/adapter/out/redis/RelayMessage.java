package dev.commerce.chatbot.conversation.adapter.out.redis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.commerce.chatbot.conversation.domain.ChatReply;

/**
 * What replicas say to each other on their reply channels: {@code reply} (a reply for a conversation the receiver
 * holds, and whom to tell) and {@code outcome} (what the holder did with it, by message id). Unknown fields are
 * ignored so replicas of two versions can talk during a rolling update.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RelayMessage(String kind, String msgId, String from, String conversationId, ChatReply reply,
                           String outcome) {

    public static final String REPLY = "reply";
    public static final String OUTCOME = "outcome";

    public static RelayMessage reply(String msgId, String from, String conversationId, ChatReply reply) {
        return new RelayMessage(REPLY, msgId, from, conversationId, reply, null);
    }

    public static RelayMessage outcome(String msgId, String outcome) {
        return new RelayMessage(OUTCOME, msgId, null, null, null, outcome);
    }
}
