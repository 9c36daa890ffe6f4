package dev.commerce.engine.servicecall.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON answers into plain values (String, Number, Boolean, List, Map) small enough for process variables.
 * A JSONPath that matches nothing gives null (or an empty list), never an exception: a missing optional field
 * in an answer is not a reason for an incident.
 */
public final class JsonBodies {

  private final Configuration configuration;

  public JsonBodies(ObjectMapper mapper) {
    this.configuration = Configuration.builder()
        .jsonProvider(new JacksonJsonProvider(mapper))
        .mappingProvider(new JacksonMappingProvider(mapper))
        .options(Option.SUPPRESS_EXCEPTIONS)
        .build();
  }

  public Object read(String body, String jsonPath) {
    if (body == null || body.isBlank()) {
      return null;
    }
    Object document = configuration.jsonProvider().parse(body);
    return plain(JsonPath.using(configuration).parse(document).read(jsonPath));
  }

  private static Object plain(Object value) {
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(plain(v)));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return copy;
    }
    return value;
  }
}
