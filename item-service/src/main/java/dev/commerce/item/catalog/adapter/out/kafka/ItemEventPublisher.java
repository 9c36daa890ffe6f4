package dev.commerce.item.catalog.adapter.out.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends one envelope and answers the broker's acknowledgement as a future: the event publication registry marks
 * the publication completed only when that future succeeds. The future completes on threads of its own, so the
 * registry's database update runs neither on (and stalls) the Kafka producer's network thread nor on the
 * application task executor, whose threads may all be waiting for exactly these completions.
 */
class ItemEventPublisher implements BiFunction<RoutingTarget, Object, CompletableFuture<?>>, DisposableBean {

    static final String TYPE_HEADER = "ce_type";
    static final String CONTENT_TYPE_HEADER = "content-type";
    static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final PublicationsInFlight inFlight;
    private final OutboxMetrics metrics;
    private final ExecutorService completions = Executors.newFixedThreadPool(2,
            new CustomizableThreadFactory("item-events-done-"));

    ItemEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper, PublicationsInFlight inFlight,
            OutboxMetrics metrics) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.inFlight = inFlight;
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object payload) {
        var envelope = (CloudEventEnvelope) payload;
        try {
            return kafka.send(record(target, envelope))
                    .whenComplete((result, failure) -> {
                        if (failure == null) {
                            inFlight.acknowledged(envelope.id());
                            metrics.acknowledged();
                        } else {
                            inFlight.failed(envelope.id());
                            metrics.failed();
                        }
                    })
                    .thenApplyAsync(result -> result, completions);
        } catch (RuntimeException | JsonProcessingException failure) {
            inFlight.failed(envelope.id());
            metrics.failed();
            return CompletableFuture.failedFuture(failure);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        completions.shutdown();
        completions.awaitTermination(5, TimeUnit.SECONDS);
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
