package dev.commerce.chatbot.support.web;

import org.springframework.http.HttpStatus;

/** A client error reported as RFC 9457 problem+json with {@code type = /problems/<slug>}. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String slug;
    private final String title;

    public ProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
