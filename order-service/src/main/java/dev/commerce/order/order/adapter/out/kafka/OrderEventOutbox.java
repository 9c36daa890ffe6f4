package dev.commerce.order.order.adapter.out.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.order.order.domain.OrderEvent;
import dev.commerce.support.outbox.Outbox;
import dev.commerce.support.outbox.OutboxRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Writes every order event into the outbox as its CloudEvents record, synchronously, in the transaction that
 * published it: the event commits or rolls back with the order. Every order event is published while that
 * transaction holds the order's row lock (OrderPlaced: the insert of the order; OrderCancelled and DeliveryUpdated:
 * the locked read of {@code Orders.findForUpdate}), so one order's events take their outbox ids, and their place
 * on the topic, in commit order.
 */
@Component
class OrderEventOutbox {

    static final Map<String, String> HEADERS = Map.of("content-type", "application/cloudevents+json");
    private static final List<String> ENVELOPE_FIELDS = List.of("eventId", "occurredAt", "traceparent");

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final OrderEventsProperties properties;

    OrderEventOutbox(Outbox outbox, ObjectMapper mapper, OrderEventsProperties properties) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.properties = properties;
    }

    @EventListener
    void on(OrderEvent event) {
        outbox.append(new OutboxRecord(properties.topic(), event.orderNumber(), event.eventId().toString(),
                event.type(), toJson(envelope(event)), HEADERS));
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
