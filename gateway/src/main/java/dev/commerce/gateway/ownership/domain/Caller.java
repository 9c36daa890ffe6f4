package dev.commerce.gateway.ownership.domain;

/**
 * Who is calling, as far as data ownership goes: staff (operator or admin) see everything; a customer sees what
 * belongs to the customer id of their token, and nothing when the token carries none.
 */
public record Caller(boolean staff, Long customerId) {

    public static final Caller ANONYMOUS = new Caller(false, null);

    public boolean hasCustomerId() {
        return customerId != null;
    }

    public boolean owns(long ownerId) {
        return customerId != null && customerId == ownerId;
    }
}
