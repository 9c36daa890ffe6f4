package dev.commerce.item.shared.trace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    private final TraceContext context = new TraceContext();

    @Test
    void keepsAValidTraceparentUntilTheRequestEnds() {
        context.enter("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(context.current()).contains("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        context.leave();
        assertThat(context.current()).isEmpty();
    }

    @Test
    void ignoresMalformedHeaders() {
        for (String bad : new String[] {null, "", "hello", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-01"}) {
            context.enter(bad);
            assertThat(context.current()).as(bad).isEmpty();
            context.leave();
        }
    }
}
