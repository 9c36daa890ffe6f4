package dev.commerce.customer.shared.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link CustomerEvent} into the Kafka record of docs/events.md: a CloudEvents 1.0 structured JSON
 * value, the customer id as key and a {@code ce_type} header so consumers can skip without parsing.
 */
@Component
public class CloudEventRecords {

    static final String SOURCE = "/customer-service";

    private final ObjectMapper objectMapper;

    public CloudEventRecords(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public ProducerRecord<String, String> toRecord(String topic, String key, CustomerEvent event) {
        var record = new ProducerRecord<>(topic, key, toJson(event));
        record.headers()
                .add("ce_type", bytes(event.type()))
                .add("ce_id", bytes(event.metadata().id().toString()))
                .add("content-type", bytes("application/cloudevents+json; charset=UTF-8"));
        return record;
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

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
