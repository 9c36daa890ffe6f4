package dev.commerce.engine.servicecall.application;

/**
 * A technical failure: the service is down, too slow or answered 5xx. It is deliberately not a BPMN error, so
 * an async task is retried and finally becomes an incident instead of taking a business path.
 */
public class ServiceUnavailableException extends RuntimeException {

  private final String service;

  public ServiceUnavailableException(String service, String message, Throwable cause) {
    super(service + ": " + message, cause);
    this.service = service;
  }

  public String service() {
    return service;
  }
}
