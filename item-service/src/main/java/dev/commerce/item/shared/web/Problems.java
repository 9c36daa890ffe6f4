package dev.commerce.item.shared.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems with the type slugs of CONTRIBUTING.md ({@code /problems/<slug>}). */
public final class Problems {

    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String NOT_FOUND = "not-found";
    public static final String INSUFFICIENT_STOCK = "insufficient-stock";
    public static final String CONFLICT = "conflict";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail validationFailed(String detail, List<FieldProblem> errors) {
        var problem = of(HttpStatus.BAD_REQUEST, VALIDATION_FAILED, "Validation failed", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public record FieldProblem(String field, String message) {
    }
}
