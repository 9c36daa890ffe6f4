package dev.commerce.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";

    @Test
    void continuesTheCallersTraceAsTheNextHop() {
        TraceParent next = TraceParent.nextHop("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");

        assertThat(next.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(next.spanId()).isNotEqualTo("00f067aa0ba902b7").matches("[0-9a-f]{16}");
        assertThat(next.flags()).isEqualTo("00");
        assertThat(next.toString()).matches(FORMAT);
    }

    @Test
    void startsATraceWhenThereIsNoneOrItIsInvalid() {
        for (String incoming : new String[] {null, "", "garbage", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"}) {
            TraceParent next = TraceParent.nextHop(incoming);
            assertThat(next.toString()).as("%s", incoming).matches(FORMAT).endsWith("-01");
            assertThat(next.traceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }
}
