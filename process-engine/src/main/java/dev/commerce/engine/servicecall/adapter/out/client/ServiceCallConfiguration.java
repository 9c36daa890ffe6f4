package dev.commerce.engine.servicecall.adapter.out.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.servicecall.application.JsonBodies;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import java.net.http.HttpClient;
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

  @Bean
  ServiceCaller serviceCaller(RestClient.Builder loadBalancedRestClientBuilder) {
    return new RestServiceCaller(loadBalancedRestClientBuilder.build(), service -> "http://" + service);
  }

  @Bean
  JsonBodies jsonBodies(ObjectMapper mapper) {
    return new JsonBodies(mapper);
  }
}
