package dev.commerce.engine.servicecall.domain;

import java.util.List;

final class Lines {

  private Lines() {
  }

  /** Non-blank lines without '#' comments: how modelers write mappings in a Text field. */
  static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
