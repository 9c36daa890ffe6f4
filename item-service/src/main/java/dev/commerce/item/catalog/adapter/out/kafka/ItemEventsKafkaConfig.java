package dev.commerce.item.catalog.adapter.out.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.commerce.support.outbox.Outbox;

/**
 * Item events leave through the platform's outbox (support module): written in the business transaction, sent by
 * the outbox relay of whichever replica owns the sku's lane, per sku in commit order.
 */
@Configuration(proxyBeanMethods = false)
class ItemEventsKafkaConfig {

    @Bean
    ItemEventOutbox itemEventOutbox(Outbox outbox, ObjectMapper objectMapper, ItemEventsProperties properties) {
        return new ItemEventOutbox(outbox, new ItemEventEnvelopes(properties.source()), objectMapper,
                properties.topic());
    }

    @Bean
    NewTopic itemsTopic(ItemEventsProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }
}
