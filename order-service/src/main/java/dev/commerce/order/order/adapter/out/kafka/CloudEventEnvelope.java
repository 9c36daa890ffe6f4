package dev.commerce.order.order.adapter.out.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** The structured CloudEvents 1.0 record value of docs/events.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CloudEventEnvelope(String specversion, String id, String type, String source, Instant time, String subject,
                          String datacontenttype, String traceparent, JsonNode data) {
}
