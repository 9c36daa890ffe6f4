package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class OutboxRecordTest {

    @Test
    void theRecordCarriesTheTypeHeaderFirstThenTheOthersInTheirOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", "e-1");
        headers.put("content-type", "application/cloudevents+json; charset=UTF-8");
        OutboxRecord record = new OutboxRecord("commerce.customers", "7", "e-1", "PointsChanged", "{}", headers);
        PendingRecord row = new PendingRecord(1, Lanes.of("7"), record.topic(), record.key(), record.eventId(),
                record.type(), HeaderCodec.encode(record.headers()), record.payload());

        var sent = row.toProducerRecord();

        assertThat(sent.key()).isEqualTo("7");
        assertThat(sent.value()).isEqualTo("{}");
        assertThat(sent.headers().toArray()).extracting(Header::key)
                .containsExactly("ce_type", "ce_id", "content-type");
        assertThat(new String(sent.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json; charset=UTF-8");
    }

    @Test
    void headersThatCouldNotBeStoredAreRefused() {
        assertThatThrownBy(() -> new OutboxRecord("t", "k", "e", "T", "{}", Map.of("a\nb", "v")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxRecord("t", "k", "e", "T", "{}", Map.of("a", "v\r")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxRecord("t", "", "e", "T", "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeysLaneIsStableAndWithinTheLaneCount() {
        assertThat(Lanes.of("ORD-20261120-0001")).isEqualTo(Lanes.of("ORD-20261120-0001")).isBetween(0, 15);
        assertThat(java.util.stream.IntStream.range(0, 1000).map(i -> Lanes.of("SKU-" + i)).distinct().count())
                .isEqualTo(Lanes.COUNT);
    }
}
