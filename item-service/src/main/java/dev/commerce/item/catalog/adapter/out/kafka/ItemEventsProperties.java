package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic            where item events go
 * @param source           the CloudEvents {@code source} of this service
 * @param partitions       partitions of the topic when this service creates it
 * @param resubmitInterval how often incomplete publications are looked for
 * @param resubmitAfter    how old an incomplete publication must be before it is sent again
 * @param inFlightExpiry   after this long an unanswered send no longer blocks a resubmission
 * @param keepCompleted    how long completed publications stay in the table for inspection
 */
@ConfigurationProperties("item.events")
public record ItemEventsProperties(
        @DefaultValue("commerce.items") String topic,
        @DefaultValue("/item-service") String source,
        @DefaultValue("3") int partitions,
        @DefaultValue("5s") Duration resubmitInterval,
        @DefaultValue("5s") Duration resubmitAfter,
        @DefaultValue("2m") Duration inFlightExpiry,
        @DefaultValue("7d") Duration keepCompleted) {
}
