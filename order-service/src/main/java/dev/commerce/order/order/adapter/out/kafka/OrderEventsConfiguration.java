package dev.commerce.order.order.adapter.out.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Order events leave through the platform's outbox (support module): {@link OrderEventOutbox} writes them in the
 * order's transaction, the outbox relay of whichever replica owns the order's lane sends them, per order in commit
 * order.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "commerce.orders.events.create-topic", havingValue = "true", matchIfMissing = true)
    NewTopic orderEventsTopic(OrderEventsProperties properties) {
        return new NewTopic(properties.topic(), properties.partitions(), properties.replicas());
    }
}
