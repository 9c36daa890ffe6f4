package dev.commerce.customer.shared.events;

import dev.commerce.customer.shared.config.CustomerProperties;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the topics this service writes to or reads from when they are missing (existing topics are left as
 * they are). Off where topics are provisioned by the platform ({@code KAFKA_CREATE_TOPICS=false}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "customer.kafka.create-topics", havingValue = "true", matchIfMissing = true)
class KafkaTopicConfig {

    @Bean
    KafkaAdmin.NewTopics customerServiceTopics(CustomerProperties properties) {
        var kafka = properties.kafka();
        return new KafkaAdmin.NewTopics(
                topic(kafka.customersTopic(), kafka),
                topic(kafka.ordersTopic(), kafka),
                topic(kafka.ordersDeadLetterTopic(), kafka));
    }

    private static NewTopic topic(String name, CustomerProperties.Kafka kafka) {
        return TopicBuilder.name(name).partitions(kafka.partitions()).replicas(kafka.replicas()).build();
    }
}
