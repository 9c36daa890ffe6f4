package dev.commerce.order.platform.tracing;

import dev.commerce.order.order.application.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Renders the current span as a W3C {@code traceparent} (version 00). */
@Component
class MicrometerTraceContext implements TraceContext {

    private final Tracer tracer;

    MicrometerTraceContext(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Optional<String> currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        // Not isNoop(): an unsampled span is not recording yet still carries the trace downstream consumers continue.
        io.micrometer.tracing.TraceContext context = span.context();
        if (context.traceId() == null || context.traceId().isEmpty() || context.traceId().matches("0+")) {
            return Optional.empty();
        }
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return Optional.of("00-" + context.traceId() + "-" + context.spanId() + "-" + flags);
    }
}
