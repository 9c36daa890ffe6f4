package dev.commerce.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * {@code ${json.str(x)}} in a "Call domain service" body: a quoted, escaped JSON string, or null. Lets modelers
 * write bodies with expressions without breaking the JSON when a value is missing or contains a quote.
 */
@Component("json")
public class JsonExpressions {

  private final ObjectMapper mapper = new ObjectMapper();

  public String str(Object value) {
    if (value == null) {
      return "null";
    }
    try {
      return mapper.writeValueAsString(value.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
