package dev.commerce.engine.delivery.adapter.in.kafka;

/** A record that can never be handled (not JSON, no id): it goes to the DLT at once instead of being retried. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
