package dev.commerce.engine.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed views of JSON-stored list and map variables, without unchecked casts in the tests. */
public final class Vars {

  private Vars() {
  }

  public static Map<String, Object> map(Object value) {
    Map<String, Object> copy = new LinkedHashMap<>();
    ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  public static List<Object> list(Object value) {
    return new ArrayList<>((List<?>) value);
  }

  public static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> copy = new ArrayList<>();
    ((List<?>) value).forEach(v -> copy.add(map(v)));
    return copy;
  }
}
