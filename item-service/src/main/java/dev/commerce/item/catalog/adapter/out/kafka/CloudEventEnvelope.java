package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The structured-mode CloudEvents 1.0 record value of docs/events.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEventEnvelope(String specversion, String id, String type, String source, Instant time,
        String subject, String datacontenttype, String traceparent, Object data) {

    static final String SPEC_VERSION = "1.0";
    static final String JSON = "application/json";
}
