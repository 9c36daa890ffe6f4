package dev.commerce.gateway.ownership.domain;

/** What the gateway must do with a request to the customers API before forwarding it. */
public sealed interface CustomerAccess {

    record Forward() implements CustomerAccess { }

    record Refused(Refusal refusal) implements CustomerAccess { }

    /** {@code /api/customers/me/...} becomes the caller's own {@code /api/customers/{id}/...}. */
    record Rewrite(String path) implements CustomerAccess { }
}
