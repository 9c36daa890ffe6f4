package dev.commerce.customer.orderevents.adapter.in.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.customer.orderevents.domain.InvalidEventException;
import dev.commerce.customer.orderevents.domain.OrderCancelled;
import dev.commerce.customer.orderevents.domain.OrderEvent;
import dev.commerce.customer.orderevents.domain.OrderLine;
import dev.commerce.customer.orderevents.domain.OrderPlaced;

import org.springframework.stereotype.Component;

/**
 * Reads the CloudEvents envelope of docs/events.md as a tree rather than binding classes: fields this service
 * does not use are ignored whatever the producer adds, and a missing field it does need is named precisely.
 */
@Component
class OrderEventParser {

    static final Set<String> HANDLED_TYPES = Set.of(OrderPlaced.TYPE, OrderCancelled.TYPE);

    private final ObjectMapper objectMapper;

    OrderEventParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Empty for a well-formed event of a type this service does not handle. */
    Optional<OrderEvent> parse(String value) {
        JsonNode root = readTree(value);
        String type = text(root, "type", 64, "type");
        if (!HANDLED_TYPES.contains(type)) {
            return Optional.empty();
        }
        String id = text(root, "id", 100, "id");
        String traceparent = root.path("traceparent").isTextual() ? root.get("traceparent").asText() : null;
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw invalid(type, id, "data must be an object");
        }
        String orderNumber = text(data, "orderNumber", 40, type + " " + id + ": data.orderNumber");
        long customerId = positive(data, "customerId", type, id);
        if (OrderCancelled.TYPE.equals(type)) {
            return Optional.of(new OrderCancelled(id, traceparent, orderNumber, customerId));
        }
        long points = number(data, "points", type, id);
        if (points < 0) {
            throw invalid(type, id, "data.points must not be negative");
        }
        return Optional.of(new OrderPlaced(id, traceparent, orderNumber, customerId, points, lines(data, type, id)));
    }

    private JsonNode readTree(String value) {
        if (value == null) {
            throw new InvalidEventException("Record has no value");
        }
        try {
            JsonNode root = objectMapper.readTree(value);
            if (root == null || !root.isObject()) {
                throw new InvalidEventException("Record value is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Record value is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<OrderLine> lines(JsonNode data, String type, String id) {
        JsonNode lines = data.path("lines");
        if (lines.isMissingNode() || lines.isNull()) {
            return List.of();
        }
        if (!lines.isArray()) {
            throw invalid(type, id, "data.lines must be an array");
        }
        List<OrderLine> result = new ArrayList<>();
        for (JsonNode line : lines) {
            long quantity = line.path("quantity").canConvertToLong() ? line.get("quantity").asLong() : -1;
            if (!line.path("quantity").isIntegralNumber() || quantity <= 0) {
                throw invalid(type, id, "every line needs a positive integer quantity");
            }
            String category = line.path("category").isTextual() ? line.get("category").asText() : null;
            result.add(new OrderLine(category, quantity));
        }
        return result;
    }

    private static String text(JsonNode node, String field, int maxLength, String what) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidEventException(what + " is missing or not a string");
        }
        if (value.asText().length() > maxLength) {
            throw new InvalidEventException(what + " is longer than " + maxLength + " characters");
        }
        return value.asText();
    }

    private static long positive(JsonNode data, String field, String type, String id) {
        long value = number(data, field, type, id);
        if (value <= 0) {
            throw invalid(type, id, "data." + field + " must be positive");
        }
        return value;
    }

    private static long number(JsonNode data, String field, String type, String id) {
        JsonNode value = data.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(type, id, "data." + field + " is missing or not an integer");
        }
        return value.asLong();
    }

    private static InvalidEventException invalid(String type, String id, String problem) {
        return new InvalidEventException(type + " " + id + ": " + problem);
    }
}
