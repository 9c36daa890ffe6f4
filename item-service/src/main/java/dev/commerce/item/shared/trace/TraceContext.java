package dev.commerce.item.shared.trace;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The W3C trace context of the request being served on this thread, carried into the events it causes so a
 * consumer can continue the caller's trace.
 */
@Component
public class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

    private final ThreadLocal<String> current = new ThreadLocal<>();

    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }

    /** Ignores a malformed header, as W3C Trace Context asks of a receiver, instead of spreading it. */
    void enter(String traceparent) {
        if (traceparent != null && TRACEPARENT.matcher(traceparent.strip()).matches()
                && !traceparent.strip().startsWith("ff")) {
            current.set(traceparent.strip());
        }
    }

    void leave() {
        current.remove();
    }
}
