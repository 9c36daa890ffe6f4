package dev.commerce.customer.orderevents.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.customer.orderevents.domain.InvalidEventException;
import dev.commerce.customer.orderevents.domain.OrderCancelled;
import dev.commerce.customer.orderevents.domain.OrderLine;
import dev.commerce.customer.orderevents.domain.OrderPlaced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderEventParserTest {

    private final OrderEventParser parser = new OrderEventParser(new ObjectMapper());

    @Test
    void readsOrderPlacedAndIgnoresFieldsItDoesNotUse() {
        var event = parser.parse("""
                {"specversion":"1.0","id":"e-1","type":"OrderPlaced","source":"/order-service",
                 "time":"2026-11-20T09:15:02.123Z","subject":"ORD-20261120-0001","extra":{"x":1},
                 "traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                 "data":{"orderNumber":"ORD-20261120-0001","customerId":1,"total":14000,"points":140,
                         "placedAt":"2026-11-20T09:15:02Z","lines":[
                   {"itemId":1,"sku":"AMR-001","name":"아메리카노","category":"coffee","quantity":2,"unitPrice":4500,"points":45},
                   {"itemId":8,"sku":"BGL-001","name":"베이글","category":"bakery","quantity":1,"unitPrice":3500,"points":35}]}}
                """);

        assertThat(event).containsInstanceOf(OrderPlaced.class);
        var placed = (OrderPlaced) event.orElseThrow();
        assertThat(placed.eventId()).isEqualTo("e-1");
        assertThat(placed.orderNumber()).isEqualTo("ORD-20261120-0001");
        assertThat(placed.customerId()).isEqualTo(1);
        assertThat(placed.points()).isEqualTo(140);
        assertThat(placed.traceparent()).startsWith("00-4bf92f35");
        assertThat(placed.lines()).containsExactly(new OrderLine("coffee", 2), new OrderLine("bakery", 1));
    }

    @Test
    void readsOrderCancelled() {
        var event = parser.parse("""
                {"id":"e-2","type":"OrderCancelled","data":{"orderNumber":"ORD-20261120-0001","customerId":3,
                 "points":140,"reason":"customer","cancelledAt":"2026-11-20T10:00:00Z"}}""");

        assertThat(event).contains(new OrderCancelled("e-2", null, "ORD-20261120-0001", 3));
    }

    @Test
    void skipsTypesItDoesNotHandle() {
        assertThat(parser.parse("""
                {"id":"e-3","type":"DeliveryUpdated","data":{"orderNumber":"ORD-20261120-0001","status":"SHIPPED"}}"""))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json{",
            "[1,2]",
            "{\"type\":\"OrderPlaced\",\"data\":{}}",
            "{\"id\":\"e\",\"type\":\"OrderPlaced\",\"data\":{\"customerId\":1,\"points\":10}}",
            "{\"id\":\"e\",\"type\":\"OrderPlaced\",\"data\":{\"orderNumber\":\"O\",\"customerId\":\"1\",\"points\":10}}",
            "{\"id\":\"e\",\"type\":\"OrderPlaced\",\"data\":{\"orderNumber\":\"O\",\"customerId\":1,\"points\":-10}}",
            "{\"id\":\"e\",\"type\":\"OrderPlaced\",\"data\":{\"orderNumber\":\"O\",\"customerId\":1,\"points\":1.5}}",
            "{\"id\":\"e\",\"type\":\"OrderPlaced\",\"data\":{\"orderNumber\":\"O\",\"customerId\":1,\"points\":1,"
                    + "\"lines\":[{\"category\":\"coffee\",\"quantity\":0}]}}",
            "{\"id\":\"e\",\"type\":\"OrderCancelled\",\"data\":\"x\"}"})
    void recordsThatCanNeverBeProcessedAreInvalid(String value) {
        assertThatThrownBy(() -> parser.parse(value)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aRecordWithoutValueIsInvalid() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(InvalidEventException.class);
    }
}
