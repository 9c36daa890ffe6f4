package dev.commerce.order.order.adapter.out.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic       where order events go
 * @param source      the CloudEvents {@code source}
 * @param createTopic declare the topic at start-up (off where a platform team owns topics)
 * @param partitions  partitions when the topic is declared (12: up to 4 consumer replicas with 3 threads each)
 * @param replicas    replication factor when the topic is declared
 */
@ConfigurationProperties("commerce.orders.events")
public record OrderEventsProperties(@DefaultValue("commerce.orders") String topic,
                                    @DefaultValue("/order-service") String source,
                                    @DefaultValue("true") boolean createTopic,
                                    @DefaultValue("12") int partitions,
                                    @DefaultValue("1") short replicas) {
}
