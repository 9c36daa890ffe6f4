package dev.commerce.order.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** RFC 9457 bodies with this platform's {@code /problems/<slug>} types (CONTRIBUTING.md). */
final class Problems {

    static final String MALFORMED_REQUEST = "malformed-request";
    static final String VALIDATION_FAILED = "validation-failed";
    static final String NOT_FOUND = "not-found";
    static final String INSUFFICIENT_STOCK = "insufficient-stock";
    static final String CONFLICT = "conflict";
    static final String IDEMPOTENCY_KEY_IN_USE = "idempotency-key-in-use";
    static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    static final String SERVICE_UNAVAILABLE = "service-unavailable";
    static final String INTERNAL_ERROR = "internal-error";

    private static final Map<Integer, String[]> BY_STATUS = Map.of(
            400, new String[] {MALFORMED_REQUEST, "Malformed request"},
            404, new String[] {NOT_FOUND, "Not found"},
            405, new String[] {"method-not-allowed", "Method not allowed"},
            406, new String[] {"not-acceptable", "Not acceptable"},
            409, new String[] {CONFLICT, "Conflict"},
            413, new String[] {"payload-too-large", "Payload too large"},
            415, new String[] {"unsupported-media-type", "Unsupported media type"},
            503, new String[] {SERVICE_UNAVAILABLE, "Service unavailable"});

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail validation(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), VALIDATION_FAILED, "Validation failed", detail);
        problem.setProperty("errors", errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList());
        return problem;
    }

    /** Gives Spring's own problems (unknown path, wrong method, ...) a platform type instead of about:blank. */
    static void assignType(ProblemDetail problem) {
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            return;
        }
        String[] slugAndTitle = BY_STATUS.get(problem.getStatus());
        if (slugAndTitle == null) {
            slugAndTitle = problem.getStatus() >= 500
                    ? new String[] {INTERNAL_ERROR, "Internal error"}
                    : new String[] {MALFORMED_REQUEST, "Bad request"};
        }
        problem.setType(URI.create("/problems/" + slugAndTitle[0]));
        problem.setTitle(slugAndTitle[1]);
    }

    record FieldError(String field, String message) {
    }
}
