package dev.commerce.chatbot.kakao.adapter.out.redis;

import dev.commerce.chatbot.kakao.application.CallbackRecords;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code <prefix>callback:<conversationId>} holds the callback URL of a deferred request, with the callback's
 * remaining validity as TTL; {@code GETDEL} claims it, so two replicas can never both post.
 */
public class RedisCallbackRecords implements CallbackRecords {

    private static final Logger log = LoggerFactory.getLogger(RedisCallbackRecords.class);

    private final StringRedisTemplate redis;
    private final RedisStateProperties keys;

    public RedisCallbackRecords(StringRedisTemplate redis, RedisStateProperties keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void remember(String conversationId, String callbackUrl, Duration validFor) {
        try {
            redis.opsForValue().set(keys.callbackKey(conversationId), callbackUrl, validFor);
        } catch (RuntimeException e) {
            log.warn("callback of conversation {} not recorded (only this replica can answer it): {}", conversationId,
                    e.toString());
        }
    }

    @Override
    public void forget(String conversationId) {
        try {
            redis.delete(keys.callbackKey(conversationId));
        } catch (RuntimeException e) {
            log.debug("callback record of conversation {} left to expire: {}", conversationId, e.toString());
        }
    }

    @Override
    public Claim claim(String conversationId) {
        try {
            String url = redis.opsForValue().getAndDelete(keys.callbackKey(conversationId));
            return url == null ? Claim.absent() : Claim.claimed(url);
        } catch (RuntimeException e) {
            log.warn("callback record of conversation {} not claimed: {}", conversationId, e.toString());
            return Claim.unknown();
        }
    }
}
