package dev.commerce.chatbot.conversation.adapter.in.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.adapter.out.redis.PendingOutcomes;
import dev.commerce.chatbot.conversation.adapter.out.redis.RedisReplyRelay;
import dev.commerce.chatbot.conversation.adapter.out.redis.RelayMessage;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.domain.Exchange;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;

/**
 * This instance's reply channel. A {@code reply} is offered to the local exchange exactly as if the engine had
 * posted it here (never forwarded again), and its outcome goes back to the sender; an {@code outcome} completes the
 * sender's wait. A message that cannot be read is logged and dropped.
 */
public class ReplyChannelListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ReplyChannelListener.class);

    private final ConversationService conversations;
    private final RedisReplyRelay relay;
    private final PendingOutcomes pending;
    private final ObjectMapper json;

    public ReplyChannelListener(ConversationService conversations, RedisReplyRelay relay, PendingOutcomes pending,
                                ObjectMapper json) {
        this.conversations = conversations;
        this.relay = relay;
        this.pending = pending;
        this.json = json;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            RelayMessage relayed = json.readValue(new String(message.getBody(), StandardCharsets.UTF_8),
                    RelayMessage.class);
            if (RelayMessage.REPLY.equals(relayed.kind())) {
                Exchange.Offer offer = conversations.reply(relayed.conversationId(), relayed.reply());
                relay.answer(relayed.from(), relayed.msgId(), offer);
            } else if (RelayMessage.OUTCOME.equals(relayed.kind())) {
                pending.complete(relayed.msgId(), Exchange.Offer.valueOf(relayed.outcome()));
            }
        } catch (Exception e) {
            log.warn("unreadable message on the reply channel dropped: {}", e.toString());
        }
    }
}
