package dev.commerce.gateway.balancing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.loadbalancer.core.RetryAwareServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.annotation.Bean;

/**
 * Added to the load-balancer context of every service ({@link BalancingConfig}); deliberately not a scanned
 * {@code @Configuration}. The instance list stays the one {@code spring.cloud.loadbalancer.configurations} selects
 * ({@code default}: the discovery list, cached; {@code health-check}: only instances whose readiness answers 200);
 * this only puts {@link UntriedInstances} in front of it.
 */
public class EveryServiceBalancing {

    @Bean
    static BeanPostProcessor untriedInstancesFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Spring's retry-aware supplier (for the ownership lookup's WebClient) wraps the one already decorated
                if (bean instanceof ServiceInstanceListSupplier supplier && !(bean instanceof UntriedInstances)
                        && !(bean instanceof RetryAwareServiceInstanceListSupplier)) {
                    return new UntriedInstances(supplier);
                }
                return bean;
            }
        };
    }
}
