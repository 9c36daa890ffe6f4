package dev.commerce.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;

/**
 * What one attempt to reach an instance tells about sending the request again. A connection that was never made
 * (refused: the instance is gone; connect timeout) carried nothing to a server, so any request may go to the next
 * instance. A failure after the request left (connection reset, premature close, no answer within the route's response
 * timeout, a 502/504 answer) may have been acted on, so only an idempotent request may be sent again.
 */
final class AttemptFailures {

    private AttemptFailures() {
    }

    static boolean notConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    static boolean inFlight(Throwable failure) {
        if (notConnected(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // the gateway's response timeout is its own TimeoutException (not java.util.concurrent's), wrapped in a 504
            if (cause instanceof IOException || cause instanceof GatewayErrorAnswer
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A 502 or 504 answer, raised inside the retry only so that it can be retried like a failure. */
    static final class GatewayErrorAnswer extends RuntimeException {

        GatewayErrorAnswer(int status) {
            super("answered " + status, null, false, false);
        }
    }
}
