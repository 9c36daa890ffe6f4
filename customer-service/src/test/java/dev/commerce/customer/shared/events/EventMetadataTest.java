package dev.commerce.customer.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EventMetadataTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:15:02.123456Z"), ZoneOffset.UTC);

    @Test
    void eachEventGetsItsOwnIdAndAMillisecondTime() {
        var first = EventMetadata.create(clock, null);
        var second = EventMetadata.create(clock, null);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.time()).isEqualTo(Instant.parse("2026-11-20T09:15:02.123Z"));
    }

    @Test
    void keepsAW3cTraceparentAndDropsAnythingElse() {
        String valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        assertThat(EventMetadata.create(clock, valid).traceparent()).isEqualTo(valid);
        assertThat(EventMetadata.create(clock, "<script>").traceparent()).isNull();
        assertThat(EventMetadata.create(clock, "00-123-456-01").traceparent()).isNull();
    }
}
