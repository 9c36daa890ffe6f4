package dev.commerce.customer.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.commerce.customer.coupon.domain.CouponIssuedEvent;
import dev.commerce.customer.customer.domain.Grade;
import dev.commerce.customer.points.domain.PointsChangedEvent;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

    // configured like the application's mapper: strict on unknown fields, ISO dates
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CloudEventRecords records = new CloudEventRecords(mapper);

    private final EventMetadata metadata = new EventMetadata(UUID.fromString("0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11"),
            Instant.parse("2026-11-20T09:15:02.123Z"), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    @Test
    void pointsChangedBecomesTheDocumentedEnvelopeKeyedByCustomer() throws Exception {
        var event = new PointsChangedEvent(metadata, new PointsChangedEvent.Data(42, 200, 3_100, 3_100, Grade.SILVER,
                Grade.BRONZE, "ORDER_PLACED ORD-20261120-0001", "e-1"));

        var record = records.toOutboxRecord("commerce.customers", event);

        assertThat(record.topic()).isEqualTo("commerce.customers");
        assertThat(record.key()).isEqualTo("42");
        assertThat(record.type()).as("sent as header ce_type").isEqualTo("PointsChanged");
        assertThat(record.eventId()).isEqualTo("0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11");
        assertThat(record.headers()).containsExactly(Map.entry("ce_id", "0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11"),
                Map.entry("content-type", "application/cloudevents+json; charset=UTF-8"));
        JsonNode json = mapper.readTree(record.payload());
        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo("0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11");
        assertThat(json.get("type").asText()).isEqualTo("PointsChanged");
        assertThat(json.get("source").asText()).isEqualTo("/customer-service");
        assertThat(json.get("time").asText()).isEqualTo("2026-11-20T09:15:02.123Z");
        assertThat(json.get("subject").asText()).isEqualTo("42");
        assertThat(json.get("traceparent").asText()).startsWith("00-4bf92f35");
        JsonNode data = json.get("data");
        assertThat(data.get("customerId").asLong()).isEqualTo(42);
        assertThat(data.get("delta").asLong()).isEqualTo(200);
        assertThat(data.get("balance").asLong()).isEqualTo(3_100);
        assertThat(data.get("lifetime").asLong()).isEqualTo(3_100);
        assertThat(data.get("grade").asText()).isEqualTo("SILVER");
        assertThat(data.get("previousGrade").asText()).isEqualTo("BRONZE");
        assertThat(data.get("reason").asText()).isEqualTo("ORDER_PLACED ORD-20261120-0001");
        assertThat(data.get("sourceEventId").asText()).isEqualTo("e-1");
    }

    @Test
    void couponIssuedCarriesAnIsoDateAndNoTraceparentWhenThereIsNone() throws Exception {
        var event = CouponIssuedEvent.of(new EventMetadata(metadata.id(), metadata.time(), null),
                new dev.commerce.customer.coupon.domain.Coupon(5, "CPN-ABCDEFGH", "WELCOME", 10, null,
                        LocalDate.of(2026, 12, 31), false, Instant.now()));

        JsonNode json = mapper.readTree(records.toOutboxRecord("commerce.customers", event).payload());

        assertThat(json.has("traceparent")).isFalse();
        assertThat(json.at("/data/validUntil").asText()).isEqualTo("2026-12-31");
        assertThat(json.at("/data/code").asText()).isEqualTo("CPN-ABCDEFGH");
        assertThat(json.at("/data/category").isNull()).isTrue();
    }

    @Test
    void theStoredRecordIsTheEnvelopeAsItWillBeSent() throws Exception {
        var event = new PointsChangedEvent(metadata, new PointsChangedEvent.Data(42, -200, 2_900, 2_900, Grade.BRONZE,
                Grade.SILVER, "ORDER_CANCELLED ORD-20261120-0001", "e-2"));

        var record = records.toOutboxRecord("commerce.customers", event);

        assertThat(record.payload()).isEqualTo(mapper.writeValueAsString(records.envelope(event)));
        assertThat(mapper.readTree(record.payload()).fieldNames()).toIterable().containsExactly("specversion", "id",
                "type", "source", "time", "subject", "datacontenttype", "traceparent", "data");
    }
}
