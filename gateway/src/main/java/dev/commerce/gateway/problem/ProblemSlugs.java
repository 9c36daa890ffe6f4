package dev.commerce.gateway.problem;

import org.springframework.http.HttpStatus;

/** The problem {@code type} slugs of CONTRIBUTING.md, plus the gateway's own 401/403/405/500 ones. */
public final class ProblemSlugs {

    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private ProblemSlugs() {
    }

    public static String of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> MALFORMED_REQUEST;
            case UNAUTHORIZED -> UNAUTHORIZED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case PAYLOAD_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case TOO_MANY_REQUESTS -> RATE_LIMITED;
            case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? MALFORMED_REQUEST : "internal-error";
        };
    }
}
