package dev.commerce.item.catalog.adapter.out.kafka;

import java.util.Map;

import org.springframework.context.event.EventListener;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.commerce.item.catalog.domain.ItemEvent;
import dev.commerce.support.outbox.Outbox;
import dev.commerce.support.outbox.OutboxRecord;

/**
 * Writes every item event into the outbox as its CloudEvents record, synchronously, in the transaction that
 * published it: the event commits or rolls back with the stock change. Every item event is published while its
 * transaction holds the item's row lock (the conditional stock update, the locked read of an update, the insert
 * of a new item), so one sku's events take their outbox ids, and their place on the topic, in commit order.
 */
class ItemEventOutbox {

    static final Map<String, String> HEADERS = Map.of("content-type", "application/cloudevents+json; charset=UTF-8");

    private final Outbox outbox;
    private final ItemEventEnvelopes envelopes;
    private final ObjectMapper objectMapper;
    private final String topic;

    ItemEventOutbox(Outbox outbox, ItemEventEnvelopes envelopes, ObjectMapper objectMapper, String topic) {
        this.outbox = outbox;
        this.envelopes = envelopes;
        this.objectMapper = objectMapper;
        this.topic = topic;
    }

    @EventListener
    void on(ItemEvent event) {
        CloudEventEnvelope envelope = envelopes.envelope(event);
        outbox.append(new OutboxRecord(topic, event.sku(), envelope.id(), envelope.type(), json(envelope), HEADERS));
    }

    private String json(CloudEventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.id() + " cannot be serialised", e);
        }
    }
}
