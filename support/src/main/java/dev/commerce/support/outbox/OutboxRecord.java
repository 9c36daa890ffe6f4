package dev.commerce.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event as it will leave for Kafka: the record value is {@code payload} (the service's CloudEvents envelope),
 * the record key {@code key} (the aggregate key: every event of one aggregate has the same key, hence the same
 * partition and lane). The relay sends the header {@code ce_type} = {@code type}, then {@code headers} in their
 * order.
 *
 * @param topic   where the record goes
 * @param key     the aggregate key (order number, sku, customer id), at most 255 characters
 * @param eventId the CloudEvents {@code id}, the same on every resend (consumers deduplicate by it)
 * @param type    the CloudEvents {@code type}
 * @param payload the record value, usually JSON
 * @param headers further record headers; names and values without line breaks
 */
public record OutboxRecord(String topic, String key, String eventId, String type, String payload,
                           Map<String, String> headers) {

    public OutboxRecord {
        require(topic, "topic", 249);
        require(key, "key", 255);
        require(eventId, "eventId", 64);
        require(type, "type", 100);
        Objects.requireNonNull(payload, "payload");
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach(HeaderCodec::check);
    }

    public OutboxRecord(String topic, String key, String eventId, String type, String payload) {
        this(topic, key, eventId, type, payload, Map.of());
    }

    private static void require(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters: " + value);
        }
    }
}
