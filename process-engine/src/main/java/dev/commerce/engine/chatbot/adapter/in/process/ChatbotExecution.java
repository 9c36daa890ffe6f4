package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_ID;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_NAME;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_STATUS;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.LINKED;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.REPLY;

import dev.commerce.engine.chatbot.domain.ChatReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Typed reads of the chatbot's variables (JSON-stored maps and lists come back as plain collections). */
final class ChatbotExecution {

  private ChatbotExecution() {
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  static Long number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value != null && value.toString().trim().matches("-?\\d{1,18}")) {
      return Long.parseLong(value.toString().trim());
    }
    return null;
  }

  static boolean linked(DelegateExecution execution) {
    return LINKED.equals(text(execution, CUSTOMER_STATUS)) && number(execution, CUSTOMER_ID) != null;
  }

  static long customerId(DelegateExecution execution) {
    Long id = number(execution, CUSTOMER_ID);
    if (id == null) {
      throw new IllegalStateException("the model reached a personal answer without customerId");
    }
    return id;
  }

  static String customerName(DelegateExecution execution) {
    return text(execution, CUSTOMER_NAME);
  }

  static Map<String, Object> map(Object value) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    }
    return copy;
  }

  static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> copy = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> copy.add(map(v)));
    }
    return copy;
  }

  static List<String> strings(Object value) {
    List<String> copy = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> copy.add(String.valueOf(v)));
    }
    return copy;
  }

  static void reply(DelegateExecution execution, ChatReply reply) {
    execution.setVariable(REPLY, reply.toVariable());
  }
}
