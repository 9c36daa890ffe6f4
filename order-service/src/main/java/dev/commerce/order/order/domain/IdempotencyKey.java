package dev.commerce.order.order.domain;

/**
 * The client's {@code Idempotency-Key} of one intended order (draft-ietf-httpapi-idempotency-key-header): 1 to 255
 * visible ASCII characters, typically a UUID. Keys are scoped to the customer, so two customers can never collide.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!valid(value)) {
            throw new IllegalArgumentException("Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters");
        }
    }

    public static boolean valid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
