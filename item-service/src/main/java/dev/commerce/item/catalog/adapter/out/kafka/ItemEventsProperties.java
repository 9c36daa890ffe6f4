package dev.commerce.item.catalog.adapter.out.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic      where item events go
 * @param source     the CloudEvents {@code source} of this service
 * @param partitions partitions of the topic when this service creates it (12: up to 4 consumer replicas with 3
 *                   listener threads each)
 */
@ConfigurationProperties("item.events")
public record ItemEventsProperties(
        @DefaultValue("commerce.items") String topic,
        @DefaultValue("/item-service") String source,
        @DefaultValue("12") int partitions) {
}
