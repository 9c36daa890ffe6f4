package dev.commerce.order.order.adapter.out.kafka;

import dev.commerce.order.order.domain.OrderEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Order events leave through Spring Modulith's registry: the publication row is written in the transaction of the
 * state change and completed once Kafka acknowledged. (spring-modulith-events-kafka is not on the mirror for
 * 1.4.13; this externalizer is the same mechanism through our own KafkaTemplate call.)
 */
@Configuration(proxyBeanMethods = false)
class OrderEventExternalizationConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(OrderEventsProperties properties) {
        return EventExternalizationConfiguration.externalizing()
                .select(OrderEvent.class::isInstance)
                .route(OrderEvent.class, event -> RoutingTarget.forTarget(properties.topic()).andKey(event.orderNumber()))
                .build();
    }

    @Bean
    DelegatingEventExternalizer orderEventExternalizer(EventExternalizationConfiguration configuration,
                                                       OrderEventPublisher publisher) {
        return new DelegatingEventExternalizer(configuration, publisher::publish);
    }

    @Bean
    OrderSendSequence orderSendSequence() {
        return new OrderSendSequence();
    }

    @Bean
    BrokerGate brokerGate() {
        return new BrokerGate();
    }

    @Bean
    @ConditionalOnProperty(name = "commerce.orders.events.create-topic", havingValue = "true", matchIfMissing = true)
    NewTopic orderEventsTopic(OrderEventsProperties properties) {
        return new NewTopic(properties.topic(), properties.partitions(), properties.replicas());
    }
}
