package dev.commerce.gateway.observability;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C {@code traceparent} (version 00): {@code 00-<trace id>-<parent span id>-<flags>}. The gateway is one hop of
 * the trace: it keeps the caller's trace id and flags and puts its own span id as the parent of the next hop.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);
    private static final HexFormat HEX = HexFormat.of();

    /** The next hop's context: the same trace when {@code incoming} is a valid traceparent, a new one otherwise. */
    public static TraceParent nextHop(String incoming) {
        if (incoming != null) {
            var match = FORMAT.matcher(incoming.trim());
            if (match.matches() && !INVALID_TRACE.equals(match.group(1)) && !INVALID_SPAN.equals(match.group(2))) {
                return new TraceParent(match.group(1), newId(8), match.group(3));
            }
        }
        return new TraceParent(newId(16), newId(8), "01");
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String newId(int bytes) {
        byte[] random = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(random);
        } while (isZero(random));
        return HEX.formatHex(random);
    }

    private static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
