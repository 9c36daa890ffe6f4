package dev.commerce.gateway.ownership.domain;

/**
 * Why a request is refused. Someone else's order is NOT_FOUND, so that order numbers of other customers cannot be
 * probed; a customer id in a path is FORBIDDEN, as customer ids are not secret.
 */
public record Refusal(Kind kind, String detail) {

    public enum Kind { FORBIDDEN, NOT_FOUND }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail);
    }
}
