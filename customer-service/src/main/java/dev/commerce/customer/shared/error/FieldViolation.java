package dev.commerce.customer.shared.error;

/** One entry of a problem's {@code errors} array. */
public record FieldViolation(String field, String message) {
}
