package dev.commerce.chatbot.kakao;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.application.ChatbotProperties;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.kakao.adapter.in.web.ReceivedAtFilter;
import dev.commerce.chatbot.kakao.adapter.in.web.SkillSecretInterceptor;
import dev.commerce.chatbot.kakao.adapter.out.client.KakaoCallbackClient;
import dev.commerce.chatbot.kakao.adapter.out.redis.RedisCallbackRecords;
import dev.commerce.chatbot.kakao.application.CallbackRecords;
import dev.commerce.chatbot.kakao.application.CallbackSender;
import dev.commerce.chatbot.kakao.application.KakaoCallbacks;
import dev.commerce.chatbot.kakao.application.KakaoProperties;
import dev.commerce.chatbot.kakao.application.SkillService;
import dev.commerce.chatbot.kakao.application.WarmUp;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import dev.commerce.chatbot.support.web.SharedSecret;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class KakaoConfiguration {

    @Bean
    KakaoRenderer kakaoRenderer(ChatbotProperties properties) {
        return new KakaoRenderer(properties.texts().apology());
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor kakaoCallbackExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(1_000);
        executor.setThreadNamePrefix("kakao-callback-");
        // posts queued while the instance drains and shuts down still go out (a callback URL is the user's only way)
        executor.setAcceptTasksAfterContextClose(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }

    /** A plain client (no load balancer): callback URLs are absolute addresses handed to us by Kakao. */
    @Bean
    CallbackSender kakaoCallbackClient(KakaoProperties properties, ThreadPoolTaskExecutor kakaoCallbackExecutor,
                                       MeterRegistry meters, ObjectMapper objectMapper, RestClient.Builder builder) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.callbackConnectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.callbackReadTimeout());
        return new KakaoCallbackClient(builder.requestFactory(factory).build(), kakaoCallbackExecutor,
                meters, objectMapper);
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.chatbot.state-store", havingValue = "memory", matchIfMissing = true)
    CallbackRecords unsharedCallbackRecords() {
        return CallbackRecords.UNSHARED;
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.chatbot.state-store", havingValue = "redis")
    CallbackRecords redisCallbackRecords(StringRedisTemplate redis, RedisStateProperties keys) {
        return new RedisCallbackRecords(redis, keys);
    }

    @Bean
    KakaoCallbacks kakaoCallbacks(CallbackRecords records, CallbackSender sender, KakaoRenderer renderer,
                                  ChatbotProperties properties, Clock clock) {
        ChatbotProperties.Texts texts = properties.texts();
        return new KakaoCallbacks(records, sender, renderer, ChatReply.text(texts.apology(), texts.mainMenu()), clock);
    }

    @Bean
    SkillService skillService(NluService nlu, ConversationService conversations, KakaoRenderer renderer,
                              KakaoCallbacks callbacks, TaskScheduler chatbotScheduler, KakaoProperties properties,
                              MeterRegistry meters, Clock clock) {
        return new SkillService(nlu, conversations, renderer, callbacks, chatbotScheduler, properties, meters, clock);
    }

    @Bean
    WarmUp warmUp(NluService nlu, KakaoRenderer renderer, ObjectMapper objectMapper) {
        return new WarmUp(nlu, renderer, objectMapper);
    }

    @Bean
    FilterRegistrationBean<ReceivedAtFilter> receivedAtFilter(Clock clock) {
        FilterRegistrationBean<ReceivedAtFilter> registration = new FilterRegistrationBean<>(new ReceivedAtFilter(clock));
        registration.addUrlPatterns("/kakao/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer skillSecretCheck(KakaoProperties properties) {
        SkillSecretInterceptor interceptor = new SkillSecretInterceptor(new SharedSecret(properties.skillSecret()));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/kakao/**");
            }
        };
    }
}
