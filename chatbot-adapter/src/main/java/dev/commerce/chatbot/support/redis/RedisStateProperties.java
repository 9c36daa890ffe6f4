package dev.commerce.chatbot.support.redis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code commerce.chatbot.redis.*}, used with {@code commerce.chatbot.state-store=redis} (profile {@code redis}):
 * the prefix of every key and channel (tests give each run its own), and how long a replica waits for the holder
 * of a conversation to say what it did with a forwarded reply.
 */
@Validated
@ConfigurationProperties("commerce.chatbot.redis")
public record RedisStateProperties(@NotBlank String keyPrefix, @NotNull Duration outcomeTimeout) {

    public String dialogKey(String userKey) {
        return keyPrefix + "dialog:" + userKey;
    }

    public String callbackKey(String conversationId) {
        return keyPrefix + "callback:" + conversationId;
    }

    public String repliesChannel(String instanceToken) {
        return keyPrefix + "replies:" + instanceToken;
    }
}
