package dev.commerce.chatbot.conversation.adapter.out.client;

import dev.commerce.chatbot.conversation.application.EngineProperties;
import feign.auth.BasicAuthRequestInterceptor;
import org.springframework.context.annotation.Bean;

/** Only for {@link ProcessEngineClient} (deliberately not a {@code @Configuration}, so it is not global). */
public class ProcessEngineClientConfiguration {

    @Bean
    BasicAuthRequestInterceptor engineBasicAuth(EngineProperties engine) {
        return new BasicAuthRequestInterceptor(engine.username(), engine.password());
    }
}
