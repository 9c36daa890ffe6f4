package dev.commerce.support.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A row of {@code outbox_event} that Kafka has not acknowledged yet. */
record PendingRecord(long id, int lane, String topic, String key, String eventId, String type, String headers,
                     String payload) {

    static final String TYPE_HEADER = "ce_type";

    ProducerRecord<String, String> toProducerRecord() {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        HeaderCodec.decode(headers).forEach((name, value) ->
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    String describe() {
        return type + " " + eventId + " of " + key + " (outbox id " + id + ", lane " + lane + ", topic " + topic + ")";
    }
}
