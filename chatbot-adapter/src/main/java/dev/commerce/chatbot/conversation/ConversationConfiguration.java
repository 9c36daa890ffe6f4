package dev.commerce.chatbot.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.adapter.in.web.InternalTokenInterceptor;
import dev.commerce.chatbot.conversation.adapter.out.client.CustomerDirectoryAdapter;
import dev.commerce.chatbot.conversation.adapter.out.client.CustomerServiceClient;
import dev.commerce.chatbot.conversation.adapter.out.client.ProcessEngineAdapter;
import dev.commerce.chatbot.conversation.adapter.out.client.ProcessEngineClient;
import dev.commerce.chatbot.conversation.application.ChatbotProperties;
import dev.commerce.chatbot.conversation.application.ConversationRegistry;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.application.DialogStateStore;
import dev.commerce.chatbot.conversation.application.EngineProperties;
import dev.commerce.chatbot.conversation.application.InMemoryDialogStateStore;
import dev.commerce.chatbot.conversation.application.InstanceIdentity;
import dev.commerce.chatbot.conversation.application.OrphanedReplies;
import dev.commerce.chatbot.conversation.application.ReplyRelay;
import dev.commerce.chatbot.conversation.application.ReplyRouter;
import dev.commerce.chatbot.support.web.SharedSecret;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

    @Bean
    InstanceIdentity instanceIdentity(@Value("${commerce.instance-id}") String instanceId) {
        InstanceIdentity identity = InstanceIdentity.start(instanceId);
        log.info("INSTANCE_ID {} answers conversations with reply token {}", identity.instanceId(), identity.token());
        return identity;
    }

    /** Engine calls (customer lookup + message correlation) run here, off the webhook's request threads. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor engineDispatchExecutor(ChatbotProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.dispatchThreads());
        executor.setMaxPoolSize(properties.dispatchThreads());
        executor.setQueueCapacity(properties.dispatchQueue());
        executor.setThreadNamePrefix("engine-dispatch-");
        // Spring stops bean executors when the context starts closing; this one must serve on while the instance
        // drains (SHUTDOWN_DRAIN_DELAY) and its in-flight requests finish
        executor.setAcceptTasksAfterContextClose(true);
        executor.initialize();
        return executor;
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.chatbot.state-store", havingValue = "memory", matchIfMissing = true)
    DialogStateStore inMemoryDialogStateStore(ChatbotProperties properties) {
        return new InMemoryDialogStateStore(properties.dialogStateTtl(), properties.maxDialogStates());
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.chatbot.state-store", havingValue = "memory", matchIfMissing = true)
    ReplyRelay localOnlyReplyRelay() {
        return ReplyRelay.LOCAL_ONLY;
    }

    @Bean
    ConversationService conversationService(InstanceIdentity identity, ChatbotProperties properties,
                                            DialogStateStore dialogState, CustomerServiceClient customers,
                                            ProcessEngineClient engine, ObjectMapper objectMapper,
                                            ThreadPoolTaskExecutor engineDispatchExecutor,
                                            EngineProperties engineProperties) {
        return new ConversationService(identity.token(),
                new ConversationRegistry(properties.conversationRetention(), properties.maxOpenConversations()),
                dialogState,
                new CustomerDirectoryAdapter(customers),
                new ProcessEngineAdapter(engine, objectMapper, engineProperties.messageName()),
                engineDispatchExecutor, properties.texts());
    }

    @Bean
    ReplyRouter replyRouter(InstanceIdentity identity, ConversationService conversations, ReplyRelay relay,
                            ObjectProvider<OrphanedReplies> orphans, MeterRegistry meters) {
        return new ReplyRouter(identity.token(), conversations, relay,
                orphans.getIfAvailable(() -> OrphanedReplies.NONE), meters);
    }

    @Bean
    WebMvcConfigurer internalTokenCheck(ChatbotProperties properties) {
        InternalTokenInterceptor interceptor = new InternalTokenInterceptor(new SharedSecret(properties.internalToken()));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/internal/**");
            }
        };
    }
}
