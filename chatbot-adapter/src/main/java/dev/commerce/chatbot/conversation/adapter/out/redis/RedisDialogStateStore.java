package dev.commerce.chatbot.conversation.adapter.out.redis;

import dev.commerce.chatbot.conversation.application.DialogStateStore;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Dialogue state shared by the replicas: {@code SET <prefix>dialog:<botUserKey> EX ttl}, taken with {@code GETDEL}
 * so exactly one message answers the question, whichever replica it reaches. Redis failing degrades to "no
 * question open" (the user is asked again), never to an error.
 */
public class RedisDialogStateStore implements DialogStateStore {

    private static final Logger log = LoggerFactory.getLogger(RedisDialogStateStore.class);

    private final StringRedisTemplate redis;
    private final RedisStateProperties keys;
    private final Duration ttl;

    public RedisDialogStateStore(StringRedisTemplate redis, RedisStateProperties keys, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    @Override
    public void await(String userKey, String what) {
        try {
            redis.opsForValue().set(keys.dialogKey(userKey), what, ttl);
        } catch (RuntimeException e) {
            log.warn("dialogue state not saved (the next message starts afresh): {}", e.toString());
        }
    }

    @Override
    public Optional<String> take(String userKey) {
        try {
            return Optional.ofNullable(redis.opsForValue().getAndDelete(keys.dialogKey(userKey)));
        } catch (RuntimeException e) {
            log.warn("dialogue state not read (taken as no open question): {}", e.toString());
            return Optional.empty();
        }
    }
}
