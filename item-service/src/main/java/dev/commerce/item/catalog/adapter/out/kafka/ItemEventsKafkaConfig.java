package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import dev.commerce.item.catalog.domain.ItemEvent;

/**
 * Externalizes item events to Kafka through Spring Modulith's event publication registry: the publication row
 * is written in the business transaction, the send happens asynchronously after commit.
 */
@Configuration(proxyBeanMethods = false)
class ItemEventsKafkaConfig {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(ItemEventsProperties properties) {
        var envelopes = new ItemEventEnvelopes(properties.source());
        return EventExternalizationConfiguration.externalizing()
                .selectByType(ItemEvent.class)
                .mapping(ItemEvent.class, envelopes::envelope)
                .routeAll(event -> RoutingTarget.forTarget(properties.topic()).andKey(((ItemEvent) event).sku()))
                .build();
    }

    @Bean
    PublicationsInFlight publicationsInFlight(Clock clock, ItemEventsProperties properties) {
        return new PublicationsInFlight(clock, properties.inFlightExpiry());
    }

    @Bean
    PublishedEventTracker publishedEventTracker(PublicationsInFlight inFlight) {
        return new PublishedEventTracker(inFlight);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        return new OutboxMetrics(registry, jdbc);
    }

    @Bean
    ItemEventPublisher itemEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
            PublicationsInFlight inFlight, OutboxMetrics metrics) {
        return new ItemEventPublisher(kafka, objectMapper, inFlight, metrics);
    }

    /** Runs after commit on the application task executor, one thread per record waiting for the broker. */
    @Bean
    DelegatingEventExternalizer itemEventExternalizer(EventExternalizationConfiguration configuration,
            ItemEventPublisher publisher) {
        return new DelegatingEventExternalizer(configuration, publisher);
    }

    @Bean
    PublicationResubmitter publicationResubmitter(IncompleteEventPublications incomplete,
            CompletedEventPublications completed, PublicationsInFlight inFlight, ItemEventsProperties properties,
            Clock clock) {
        return new PublicationResubmitter(incomplete, completed, inFlight, properties, clock);
    }

    @Bean
    ProducerListener<Object, Object> itemEventSendLogger() {
        return new ItemEventSendLogger();
    }

    @Bean
    NewTopic itemsTopic(ItemEventsProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }
}
