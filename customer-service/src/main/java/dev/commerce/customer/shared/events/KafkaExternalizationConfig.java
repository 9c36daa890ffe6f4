package dev.commerce.customer.shared.events;

import dev.commerce.customer.shared.config.CustomerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Outbox relay: Spring Modulith stores every {@link CustomerEvent} in EVENT_PUBLICATION within the transaction
 * that publishes it, and after commit hands it to this externalizer. The publication is completed only when the
 * returned send future completes, i.e. when the broker acknowledged the record (acks=all); otherwise it stays
 * incomplete and {@link OutboxMaintenance} resubmits it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaExternalizationConfig {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(CustomerProperties properties) {
        String topic = properties.kafka().customersTopic();
        return EventExternalizationConfiguration.externalizing()
                .select(CustomerEvent.class::isInstance)
                .route(CustomerEvent.class, event -> RoutingTarget.forTarget(topic)
                        .andKey(String.valueOf(event.customerId())))
                .build();
    }

    @Bean
    DelegatingEventExternalizer kafkaEventExternalizer(EventExternalizationConfiguration configuration,
                                                       KafkaTemplate<String, String> kafkaTemplate,
                                                       CloudEventRecords records) {
        return new DelegatingEventExternalizer(configuration, (target, payload) -> kafkaTemplate.send(
                records.toRecord(target.getTarget(), target.getKey(), (CustomerEvent) payload)));
    }
}
