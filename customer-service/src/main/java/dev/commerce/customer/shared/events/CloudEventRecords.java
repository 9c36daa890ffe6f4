package dev.commerce.customer.shared.events;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.support.outbox.OutboxRecord;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link CustomerEvent} into the Kafka record of docs/events.md, as the outbox stores it: a CloudEvents 1.0
 * structured JSON value, the customer id as key, headers {@code ce_type} (the relay sends the type first),
 * {@code ce_id} and {@code content-type}, so consumers can skip without parsing.
 */
@Component
public class CloudEventRecords {

    static final String SOURCE = "/customer-service";

    private final ObjectMapper objectMapper;

    public CloudEventRecords(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public OutboxRecord toOutboxRecord(String topic, CustomerEvent event) {
        String id = event.metadata().id().toString();
        var headers = new LinkedHashMap<String, String>();
        headers.put("ce_id", id);
        headers.put("content-type", "application/cloudevents+json; charset=UTF-8");
        return new OutboxRecord(topic, String.valueOf(event.customerId()), id, event.type(), toJson(event), headers);
    }

    public Map<String, Object> envelope(CustomerEvent event) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.metadata().id().toString());
        envelope.put("type", event.type());
        envelope.put("source", SOURCE);
        envelope.put("time", event.metadata().time().toString());
        envelope.put("subject", String.valueOf(event.customerId()));
        envelope.put("datacontenttype", "application/json");
        if (event.metadata().traceparent() != null) {
            envelope.put("traceparent", event.metadata().traceparent());
        }
        envelope.put("data", event.data());
        return envelope;
    }

    private String toJson(CustomerEvent event) {
        try {
            return objectMapper.writeValueAsString(envelope(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + event.type() + " " + event.metadata().id(), e);
        }
    }
}
