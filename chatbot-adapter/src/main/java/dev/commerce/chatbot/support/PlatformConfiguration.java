package dev.commerce.chatbot.support;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Deadlines (webhook time limit, callback expiry) and the catalogue refresh run here. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler chatbotScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("chatbot-timer-");
        scheduler.setRemoveOnCancelPolicy(true);
        // requests accepted while the instance drains still need their deadlines
        scheduler.setAcceptTasksAfterContextClose(true);
        scheduler.initialize();
        return scheduler;
    }

    /**
     * What Spring Cloud LoadBalancer's {@code health-check} configuration ({@code LOADBALANCER_CONFIGURATIONS})
     * probes the instances with: it takes the context's RestClient. Plain (not load-balanced), short timeouts, so a
     * hanging instance counts as down within the check interval.
     */
    @Bean
    RestClient loadBalancerHealthCheckClient(RestClient.Builder builder) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(500)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(1));
        return builder.requestFactory(factory).build();
    }
}
