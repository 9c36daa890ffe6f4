package dev.commerce.order.platform.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class LoadBalancerHealthCheckConfiguration {

    /**
     * What Spring Cloud LoadBalancer's {@code health-check} configuration ({@code LOADBALANCER_CONFIGURATIONS})
     * probes item-service and customer-service replicas with. Plain (not load-balanced), short timeouts, so a
     * hanging replica counts as down within the check interval.
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
