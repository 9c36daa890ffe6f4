package dev.commerce.order.order.adapter.out.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.order.order.domain.OrderEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends an order event as a CloudEvents envelope. The returned future completes when the broker acknowledged the
 * record (acks=all); only then does Spring Modulith mark the publication complete. An event whose order still has
 * an earlier unacknowledged event, or any event while the broker is known to be down, is not sent: it fails at once
 * and stays in the outbox for the next resubmission round.
 */
@Component
class OrderEventPublisher {

    static final String TYPE_HEADER = "ce_type";
    private static final Logger log = LoggerFactory.getLogger(OrderEventPublisher.class);
    private static final List<String> ENVELOPE_FIELDS = List.of("eventId", "occurredAt", "traceparent");

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper mapper;
    private final OrderEventsProperties properties;
    private final OrderSendSequence sequence;
    private final BrokerGate gate;

    OrderEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper mapper, OrderEventsProperties properties,
                        OrderSendSequence sequence, BrokerGate gate) {
        this.kafka = kafka;
        this.mapper = mapper;
        this.properties = properties;
        this.sequence = sequence;
        this.gate = gate;
    }

    CompletableFuture<?> publish(RoutingTarget target, Object payload) {
        OrderEvent event = (OrderEvent) payload;
        if (!sequence.isNextOfItsOrder(event)) {
            log.debug("{} {} of {} waits for an earlier event of its order", event.type(), event.eventId(),
                    event.orderNumber());
            return CompletableFuture.failedFuture(new EventHeldBackException(
                    event.type() + " of " + event.orderNumber() + " waits for an earlier event of its order"));
        }
        if (!gate.admitsSend()) {
            return CompletableFuture.failedFuture(new EventHeldBackException(
                    event.type() + " of " + event.orderNumber() + " waits for Kafka to be reachable"));
        }
        ProducerRecord<String, String> record =
                new ProducerRecord<>(target.getTarget(), target.getKey(), toJson(envelope(event)));
        record.headers().add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<?> sent;
        try {
            sent = kafka.send(record);
        } catch (KafkaException | org.apache.kafka.common.KafkaException e) {
            // Broker unreachable within max.block.ms: a failed publication, resubmitted later, not a listener crash.
            gate.failed(e);
            return CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((result, failure) -> {
            if (failure == null) {
                sequence.acknowledged(event);
                gate.acknowledged();
            } else {
                gate.failed(failure);
            }
        });
    }

    CloudEventEnvelope envelope(OrderEvent event) {
        ObjectNode data = mapper.valueToTree(event);
        data.remove(ENVELOPE_FIELDS);
        return new CloudEventEnvelope("1.0", event.eventId().toString(), event.type(), properties.source(),
                event.occurredAt(), event.orderNumber(), "application/json", event.traceparent(), data);
    }

    private String toJson(CloudEventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.id() + " cannot be serialised", e);
        }
    }
}
