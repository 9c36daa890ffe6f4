package dev.commerce.engine.servicecall.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to a domain service by logical name. Query values are raw (the adapter encodes them); a null or
 * empty value leaves the parameter out, so optional filters can be written unconditionally.
 */
public record ServiceRequest(String service, String method, String path, Map<String, String> query, String body) {

  public ServiceRequest {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Map<String, String> present = new LinkedHashMap<>();
    if (query != null) {
      query.forEach((name, value) -> {
        if (value != null && !value.isEmpty()) {
          present.put(name, value);
        }
      });
    }
    query = Collections.unmodifiableMap(present);
  }

  public static ServiceRequest get(String service, String path, Map<String, String> query) {
    return new ServiceRequest(service, "GET", path, query, null);
  }
}
