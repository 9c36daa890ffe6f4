package dev.commerce.engine.servicecall.domain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * Splits an evaluated path such as {@code /api/items?name=카페 라떼&category=} into the path and raw query values.
 * Values are decoded when a modeler already percent-encoded them, so the adapter encodes exactly once.
 */
record PathAndQuery(String path, Map<String, String> query) {

  static PathAndQuery parse(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    if (q < 0) {
      return new PathAndQuery(pathAndQuery, Map.of());
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : pathAndQuery.substring(q + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(decode(name), decode(value));
    }
    return new PathAndQuery(pathAndQuery.substring(0, q), query);
  }

  private static String decode(String value) {
    try {
      return UriUtils.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return value;
    }
  }
}
