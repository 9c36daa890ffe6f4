package dev.commerce.order.order.adapter.out.kafka;

import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes a dead broker cheap. Once a send failed because the broker is unreachable, further sends fail at once
 * (their publications stay incomplete) instead of each holding the one outbox thread for the producer's delivery
 * timeout; each resubmission round lets one send through as a probe, and the first acknowledgement opens the gate.
 * A failure of one record (too large, rejected) says nothing about the broker and leaves the gate open.
 */
final class BrokerGate {

    private static final Logger log = LoggerFactory.getLogger(BrokerGate.class);

    private volatile boolean closed;
    private final AtomicBoolean probeAllowed = new AtomicBoolean();

    boolean admitsSend() {
        return !closed || probeAllowed.getAndSet(false);
    }

    /** A probe is for a gate that is closed now: a round with nothing to resend must not leave one for later. */
    void allowProbe() {
        probeAllowed.set(closed);
    }

    void acknowledged() {
        if (closed) {
            closed = false;
            log.info("Kafka acknowledges order events again");
        }
    }

    void failed(Throwable failure) {
        if (!closed && brokerUnreachable(failure)) {
            probeAllowed.set(false);
            closed = true;
            log.warn("Kafka is unreachable ({}); order events wait in the outbox and are resubmitted",
                    rootCause(failure).getMessage());
        }
    }

    boolean isClosed() {
        return closed;
    }

    private static boolean brokerUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
