package dev.commerce.engine.delivery.adapter.in.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.delivery.application.OrderEvent;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the CloudEvents envelope of docs/events.md; unknown fields are ignored, as the contract asks. */
@Component
class OrderEventParser {

  private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
  };

  private final ObjectMapper mapper;

  OrderEventParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  OrderEvent parse(String value) {
    JsonNode envelope;
    try {
      envelope = value == null ? null : mapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new InvalidEventException("record is not JSON", e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw new InvalidEventException("record is not a JSON object", null);
    }
    String id = envelope.path("id").asText("");
    String type = envelope.path("type").asText("");
    JsonNode data = envelope.path("data");
    String orderNumber = data.path("orderNumber").asText(envelope.path("subject").asText(""));
    if (id.isBlank() || type.isBlank() || orderNumber.isBlank() || !data.isObject()) {
      throw new InvalidEventException("envelope without id, type, data or order number", null);
    }
    return new OrderEvent(id, type, orderNumber, mapper.convertValue(data, DATA));
  }
}
