package dev.commerce.chatbot.conversation.adapter.out.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.application.ReplyRelay;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Replies between replicas over Redis pub/sub, each instance on its own channel {@code <prefix>replies:<token>}.
 * PUBLISH answers how many subscribers got the message: none means the holder is gone (its token dies with the
 * JVM), which is known at once instead of after a timeout. The holder answers on the sender's channel; both
 * directions are plain PUBLISH on the shared connection, no blocking command and no pool.
 */
public class RedisReplyRelay implements ReplyRelay {

    private static final Logger log = LoggerFactory.getLogger(RedisReplyRelay.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RedisStateProperties keys;
    private final PendingOutcomes pending;
    private final String self;

    public RedisReplyRelay(StringRedisTemplate redis, ObjectMapper json, RedisStateProperties keys,
                           PendingOutcomes pending, String self) {
        this.redis = redis;
        this.json = json;
        this.keys = keys;
        this.pending = pending;
        this.self = self;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public Relayed forward(String holder, String conversationId, ChatReply reply) {
        String msgId = UUID.randomUUID().toString();
        var outcome = pending.open(msgId);
        try {
            Long receivers = redis.convertAndSend(keys.repliesChannel(holder),
                    write(RelayMessage.reply(msgId, self, conversationId, reply)));
            if (receivers == null || receivers == 0) {
                return Relayed.of(Relayed.Kind.HOLDER_GONE);
            }
            Duration timeout = keys.outcomeTimeout();
            return Relayed.answered(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Relayed.of(Relayed.Kind.NO_ANSWER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Relayed.of(Relayed.Kind.NO_ANSWER);
        } catch (ExecutionException | RuntimeException e) {
            log.warn("cannot forward the reply of conversation {} to {}: {}", conversationId, holder, e.toString());
            return Relayed.of(Relayed.Kind.UNAVAILABLE);
        } finally {
            pending.close(msgId);
        }
    }

    /** Tells the replica that forwarded a reply what became of it. */
    public void answer(String to, String msgId, Exchange.Offer offer) {
        try {
            redis.convertAndSend(keys.repliesChannel(to), write(RelayMessage.outcome(msgId, offer.name())));
        } catch (RuntimeException e) {
            log.warn("cannot tell {} the outcome {} of message {}: {}", to, offer, msgId, e.toString());
        }
    }

    private String write(RelayMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a relay message", e);
        }
    }
}
