package dev.commerce.engine.servicecall.domain;

import dev.commerce.engine.servicecall.application.ServiceRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a modeler configured on a "Call domain service" task, validated. A broken configuration throws
 * {@link IllegalArgumentException}: it is a modelling error, so it must surface as an incident naming the
 * problem rather than as a business path.
 */
public record CallSpec(ServiceRequest request, List<ResultMapping> resultMappings, Map<Integer, String> errorCodes) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public static CallSpec of(String service, String method, String pathAndQuery, String body,
      String resultMapping, String errorMapping) {
    if (service == null || !service.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("input 'service' must be a logical service name, was: " + service);
    }
    String verb = method == null || method.isBlank() ? "GET" : method.trim().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(verb)) {
      throw new IllegalArgumentException("input 'method' must be one of " + METHODS + ", was: " + method);
    }
    if (pathAndQuery == null || !pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("input 'path' must start with '/', was: " + pathAndQuery);
    }
    PathAndQuery target = PathAndQuery.parse(pathAndQuery);
    String payload = body == null || body.isBlank() ? null : body;
    return new CallSpec(new ServiceRequest(service, verb, target.path(), target.query(), payload),
        ResultMapping.parseAll(resultMapping), parseErrorCodes(errorMapping));
  }

  /** The BPMN error code for a 4xx answer: the mapped business code, or HTTP_<status>. */
  public String errorCodeFor(int status) {
    return errorCodes.getOrDefault(status, "HTTP_" + status);
  }

  static Map<Integer, String> parseErrorCodes(String text) {
    Map<Integer, String> codes = new LinkedHashMap<>();
    for (String line : Lines.of(text)) {
      String[] parts = line.split("=", 2);
      if (parts.length != 2 || !parts[0].trim().matches("4\\d\\d") || parts[1].isBlank()) {
        throw new IllegalArgumentException("errorMapping line must look like '404 = ITEM_NOT_FOUND', was: " + line);
      }
      codes.put(Integer.parseInt(parts[0].trim()), parts[1].trim());
    }
    return Map.copyOf(codes);
  }
}
