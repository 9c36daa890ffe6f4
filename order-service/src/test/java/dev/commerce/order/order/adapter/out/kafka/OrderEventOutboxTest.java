package dev.commerce.order.order.adapter.out.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.commerce.order.order.domain.DeliveryUpdatedEvent;
import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderCancelledEvent;
import dev.commerce.order.order.domain.OrderEvent;
import dev.commerce.order.order.domain.OrderLine;
import dev.commerce.order.order.domain.OrderPlacedEvent;
import dev.commerce.order.order.domain.OrderStatus;
import dev.commerce.support.outbox.Outbox;
import dev.commerce.support.outbox.OutboxRecord;
import dev.commerce.support.outbox.OutboxSignal;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrderEventOutboxTest {

    // configured as Spring Boot configures the application's mapper, plus our strict reading of unknown properties
    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true)
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final List<OutboxRecord> appended = new ArrayList<>();
    private final Outbox outbox = new Outbox(new SimpleDriverDataSource(), new OutboxSignal(), Clock.systemUTC()) {
        @Override
        public void append(OutboxRecord record) {
            appended.add(record);
        }
    };
    private final OrderEventOutbox publisher = new OrderEventOutbox(outbox, mapper,
            new OrderEventsProperties("commerce.orders", "/order-service", false, 1, (short) 1));

    private final Order order = Order.place("ORD-20261120-0042", 3,
            List.of(new OrderLine(2, "LAT-001", "카페라떼", "coffee", 2, 5000, 50)),
            Instant.parse("2026-11-20T09:15:02.123456Z"));

    @Test
    void theEnvelopeFollowsDocsEventsMd() {
        OrderPlacedEvent event = OrderPlacedEvent.of(order, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        JsonNode envelope = mapper.valueToTree(publisher.envelope(event));

        assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.path("id").asText()).isEqualTo(event.eventId().toString());
        assertThat(envelope.path("type").asText()).isEqualTo("OrderPlaced");
        assertThat(envelope.path("source").asText()).isEqualTo("/order-service");
        assertThat(envelope.path("time").asText()).isEqualTo("2026-11-20T09:15:02.123456Z");
        assertThat(envelope.path("subject").asText()).isEqualTo("ORD-20261120-0042");
        assertThat(envelope.path("traceparent").asText()).startsWith("00-4bf92f");
        assertThat(envelope.path("data").toString()).isEqualTo("""
                {"orderNumber":"ORD-20261120-0042","customerId":3,"lines":[{"itemId":2,"sku":"LAT-001","name":"카페라떼",\
                "category":"coffee","quantity":2,"unitPrice":5000,"points":100}],"total":10000,"points":100,\
                "placedAt":"2026-11-20T09:15:02.123456Z"}""");
    }

    @Test
    void anEnvelopeWithoutTraceLeavesTraceparentOut() {
        JsonNode envelope = mapper.valueToTree(publisher.envelope(OrderPlacedEvent.of(order, null)));

        assertThat(envelope.has("traceparent")).isFalse();
    }

    @Test
    void everyEventIsAppendedAsItsEnvelopeKeyedByOrderNumber() throws Exception {
        order.advanceDelivery(OrderStatus.PACKED, null, null, "센터", Instant.parse("2026-11-20T10:00:00Z"));
        List<OrderEvent> events = List.of(OrderPlacedEvent.of(order, null),
                OrderCancelledEvent.of(order, Instant.parse("2026-11-20T11:00:00Z"), "00-a-b-01"),
                DeliveryUpdatedEvent.of(order, order.timeline().get(1), null));

        events.forEach(publisher::on);

        assertThat(appended).extracting(OutboxRecord::type)
                .containsExactly("OrderPlaced", "OrderCancelled", "DeliveryUpdated");
        for (int i = 0; i < events.size(); i++) {
            OutboxRecord record = appended.get(i);
            assertThat(record.topic()).isEqualTo("commerce.orders");
            assertThat(record.key()).isEqualTo("ORD-20261120-0042");
            assertThat(record.eventId()).isEqualTo(events.get(i).eventId().toString());
            assertThat(record.headers()).containsExactly(Map.entry("content-type", "application/cloudevents+json"));
            assertThat(record.payload()).isEqualTo(mapper.writeValueAsString(publisher.envelope(events.get(i))));
        }
    }
}
