package dev.commerce.order.order.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** item-service could not reserve a line; carries its detail and problem extensions unchanged. */
public class InsufficientStockException extends RuntimeException {

    private final transient Map<String, Object> properties;

    public InsufficientStockException(String detail, Map<String, Object> properties) {
        super(detail);
        // Problem extensions may hold nulls, which Map.copyOf rejects.
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
