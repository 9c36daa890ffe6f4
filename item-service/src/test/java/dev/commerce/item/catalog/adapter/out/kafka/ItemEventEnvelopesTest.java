package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.commerce.item.catalog.domain.EventMetadata;
import dev.commerce.item.catalog.domain.StockChangeReason;
import dev.commerce.item.catalog.domain.StockChangedEvent;
import dev.commerce.item.catalog.domain.StockDepletedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class ItemEventEnvelopesTest {

    private static final UUID ID = UUID.fromString("0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11");
    private static final Instant TIME = Instant.parse("2026-11-20T09:15:02.123Z");

    private final ItemEventEnvelopes envelopes = new ItemEventEnvelopes("/item-service");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void stockChangedFollowsTheWrittenContract() throws Exception {
        var event = new StockChangedEvent(new EventMetadata(ID, TIME,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), 2, "LAT-001", "카페라떼", "coffee", 79, -1,
                StockChangeReason.RESERVED, "ORD-20261120-0001");

        assertThat(json.writeValueAsString(envelopes.envelope(event))).isEqualTo("""
                {"specversion":"1.0","id":"0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11","type":"StockChanged",\
                "source":"/item-service","time":"2026-11-20T09:15:02.123Z","subject":"LAT-001",\
                "datacontenttype":"application/json","traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",\
                "data":{"itemId":2,"sku":"LAT-001","name":"카페라떼","category":"coffee","stock":79,"delta":-1,\
                "reason":"RESERVED","orderNumber":"ORD-20261120-0001"}}""");
    }

    @Test
    void stockDepletedWithoutTraceKeepsANullOrderNumberButNoTraceparent() throws Exception {
        var event = new StockDepletedEvent(new EventMetadata(ID, TIME, null), 4, "CBR-001", "콜드브루", "coffee", null);

        assertThat(json.writeValueAsString(envelopes.envelope(event))).isEqualTo("""
                {"specversion":"1.0","id":"0b6f8a7e-3f7c-4a59-9b55-2f0f6f2e7c11","type":"StockDepleted",\
                "source":"/item-service","time":"2026-11-20T09:15:02.123Z","subject":"CBR-001",\
                "datacontenttype":"application/json",\
                "data":{"itemId":4,"sku":"CBR-001","name":"콜드브루","category":"coffee","orderNumber":null}}""");
    }
}
