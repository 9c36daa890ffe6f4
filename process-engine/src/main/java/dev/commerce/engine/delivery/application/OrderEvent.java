package dev.commerce.engine.delivery.application;

import java.util.Map;

/** An event of commerce.orders as the engine needs it: envelope id and type, the order number, and data. */
public record OrderEvent(String id, String type, String orderNumber, Map<String, Object> data) {

  public Object data(String field) {
    return data.get(field);
  }
}
