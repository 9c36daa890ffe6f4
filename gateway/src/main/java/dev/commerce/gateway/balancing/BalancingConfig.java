package dev.commerce.gateway.balancing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = EveryServiceBalancing.class)
class BalancingConfig {

    @Bean
    LoadBalancerShutdown loadBalancerShutdown(LoadBalancerClientFactory contexts) {
        return new LoadBalancerShutdown(contexts);
    }
}
