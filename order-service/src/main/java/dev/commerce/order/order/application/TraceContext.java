package dev.commerce.order.order.application;

import java.util.Optional;

/** The W3C trace context of the work in progress, recorded in events so consumers can continue the trace. */
public interface TraceContext {

    Optional<String> currentTraceparent();
}
