package dev.commerce.engine.servicecall.adapter.out.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.servicecall.application.JsonBodies;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
public class ServiceCallConfiguration {

  /** Resolves http://item-service etc. through Spring Cloud LoadBalancer (static list locally, DNS in compose). */
  @Bean
  @LoadBalanced
  RestClient.Builder loadBalancedRestClientBuilder(ServiceCallProperties properties) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(properties.readTimeout());
    return RestClient.builder().requestFactory(factory);
  }

  /**
   * Not load-balanced: what Spring Cloud LoadBalancer's {@code health-check} configuration
   * ({@code LOADBALANCER_CONFIGURATIONS=health-check}) polls each instance's readiness with. The blocking health check
   * takes the application's {@code RestClient} bean and is not created without one.
   */
  @Bean
  RestClient loadBalancerHealthCheckRestClient() {
    Duration timeout = Duration.ofSeconds(1);
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
        .connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build());
    factory.setReadTimeout(timeout);
    return RestClient.builder().requestFactory(factory).build();
  }

  @Bean
  ServiceCaller serviceCaller(RestClient.Builder loadBalancedRestClientBuilder) {
    return new RestServiceCaller(loadBalancedRestClientBuilder.build(), service -> "http://" + service);
  }

  @Bean
  JsonBodies jsonBodies(ObjectMapper mapper) {
    return new JsonBodies(mapper);
  }
}
