package dev.commerce.item.catalog.adapter.out.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.RoutingTarget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends one envelope and answers the broker's acknowledgement as a future: the event publication registry marks
 * the publication completed only when that future succeeds.
 */
class ItemEventPublisher implements BiFunction<RoutingTarget, Object, CompletableFuture<?>> {

    static final String TYPE_HEADER = "ce_type";
    static final String CONTENT_TYPE_HEADER = "content-type";
    static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final PublicationsInFlight inFlight;

    ItemEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper, PublicationsInFlight inFlight) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.inFlight = inFlight;
    }

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object payload) {
        var envelope = (CloudEventEnvelope) payload;
        inFlight.started(envelope.id());
        try {
            return kafka.send(record(target, envelope)).whenComplete((result, failure) -> inFlight.finished(envelope.id()));
        } catch (RuntimeException | JsonProcessingException failure) {
            inFlight.finished(envelope.id());
            return CompletableFuture.failedFuture(failure);
        }
    }

    private ProducerRecord<String, String> record(RoutingTarget target, CloudEventEnvelope envelope)
            throws JsonProcessingException {
        var record = new ProducerRecord<String, String>(target.getTarget(), target.getKey(),
                objectMapper.writeValueAsString(envelope));
        record.headers().add(TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CONTENT_TYPE_HEADER, STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
