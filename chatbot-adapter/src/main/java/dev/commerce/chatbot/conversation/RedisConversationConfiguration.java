package dev.commerce.chatbot.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.adapter.in.redis.ReplyChannelListener;
import dev.commerce.chatbot.conversation.adapter.in.redis.ReplyChannelSubscription;
import dev.commerce.chatbot.conversation.adapter.out.redis.PendingOutcomes;
import dev.commerce.chatbot.conversation.adapter.out.redis.RedisDialogStateStore;
import dev.commerce.chatbot.conversation.adapter.out.redis.RedisReplyRelay;
import dev.commerce.chatbot.conversation.application.ChatbotProperties;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.application.InstanceIdentity;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Replicas ({@code commerce.chatbot.state-store=redis}, set by the profile {@code redis}): README "Several replicas". */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "commerce.chatbot.state-store", havingValue = "redis")
class RedisConversationConfiguration {

    /**
     * While Lettuce knows the connection is down it rejects commands at once instead of queueing them until the
     * command timeout: an outage then costs a webhook request nothing, and the deadline timers are not held up.
     * Boot's own options (connect timeout, command timeouts) are kept.
     */
    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected(RedisProperties redis) {
        Duration connectTimeout = redis.getConnectTimeout() == null ? Duration.ofSeconds(10)
                : redis.getConnectTimeout();
        return builder -> builder.clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled())
                .build());
    }

    @Bean
    RedisDialogStateStore redisDialogStateStore(StringRedisTemplate redis, RedisStateProperties keys,
                                                ChatbotProperties properties) {
        return new RedisDialogStateStore(redis, keys, properties.dialogStateTtl());
    }

    @Bean
    PendingOutcomes pendingOutcomes() {
        return new PendingOutcomes();
    }

    @Bean
    RedisReplyRelay redisReplyRelay(StringRedisTemplate redis, ObjectMapper objectMapper, RedisStateProperties keys,
                                    PendingOutcomes pending, InstanceIdentity identity) {
        return new RedisReplyRelay(redis, objectMapper, keys, pending, identity.token());
    }

    /** Forwarded replies are handled here, not on Lettuce's I/O threads; a holder answers each at once. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor replyChannelExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(1_000);
        executor.setThreadNamePrefix("reply-channel-");
        // replies forwarded to a stopping instance must still be handled during its graceful shutdown
        executor.setAcceptTasksAfterContextClose(true);
        executor.initialize();
        return executor;
    }

    @Bean
    ReplyChannelSubscription replyChannelSubscription(RedisConnectionFactory connections, RedisStateProperties keys,
                                                      InstanceIdentity identity, ConversationService conversations,
                                                      RedisReplyRelay relay, PendingOutcomes pending,
                                                      ObjectMapper objectMapper,
                                                      ThreadPoolTaskExecutor replyChannelExecutor) {
        return new ReplyChannelSubscription(connections,
                new ReplyChannelListener(conversations, relay, pending, objectMapper),
                keys.repliesChannel(identity.token()), replyChannelExecutor);
    }
}
