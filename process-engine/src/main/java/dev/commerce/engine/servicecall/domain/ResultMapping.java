package dev.commerce.engine.servicecall.domain;

import java.util.List;

/** {@code variable = $.json.path}: which part of a response body goes into which process variable. */
public record ResultMapping(String variable, String jsonPath) {

  static List<ResultMapping> parseAll(String text) {
    return Lines.of(text).stream().map(ResultMapping::parse).toList();
  }

  static ResultMapping parse(String line) {
    String[] parts = line.split("=", 2);
    String variable = parts[0].trim();
    String path = parts.length == 2 ? parts[1].trim() : "";
    if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*") || !path.startsWith("$")) {
      throw new IllegalArgumentException("resultMapping line must look like 'itemName = $.name', was: " + line);
    }
    return new ResultMapping(variable, path);
  }
}
