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
import dev.commerce.chatbot.support.web.SharedSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    /** Engine calls (customer lookup + message correlation) run here, off the webhook's request threads. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor engineDispatchExecutor(ChatbotProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.dispatchThreads());
        executor.setMaxPoolSize(properties.dispatchThreads());
        executor.setQueueCapacity(properties.dispatchQueue());
        executor.setThreadNamePrefix("engine-dispatch-");
        executor.initialize();
        return executor;
    }

    @Bean
    ConversationService conversationService(ChatbotProperties properties, CustomerServiceClient customers,
                                            ProcessEngineClient engine, ObjectMapper objectMapper,
                                            ThreadPoolTaskExecutor engineDispatchExecutor, EngineProperties engineProperties) {
        return new ConversationService(
                new ConversationRegistry(properties.conversationRetention(), properties.maxOpenConversations()),
                new DialogStateStore(properties.dialogStateTtl(), properties.maxDialogStates()),
                new CustomerDirectoryAdapter(customers),
                new ProcessEngineAdapter(engine, objectMapper, engineProperties.messageName()),
                engineDispatchExecutor, properties.texts());
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
