package dev.commerce.gateway.observability;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The authenticated user's name, filled in from inside the security chain. The access log runs outside of it, where
 * {@code exchange.getPrincipal()} is not yet decorated, so it reads this holder from the exchange attributes.
 */
public final class CallerName {

    public static final String ATTRIBUTE = CallerName.class.getName();
    private final AtomicReference<String> name = new AtomicReference<>("-");

    public void set(String value) {
        name.set(value);
    }

    public String get() {
        return name.get();
    }
}
