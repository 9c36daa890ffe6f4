package dev.commerce.order.order.adapter.out.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/** Sends the current W3C trace context ({@code traceparent}) with every downstream call. */
class TraceparentRequestInterceptor implements RequestInterceptor {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceparentRequestInterceptor(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void apply(RequestTemplate template) {
        Span span = tracer.currentSpan();
        if (span == null) {
            return;
        }
        propagator.inject(span.context(), template, (carrier, key, value) -> {
            if (carrier != null) {
                carrier.removeHeader(key);
                carrier.header(key, value);
            }
        });
    }
}
