package dev.commerce.engine.servicecall.application;

/** A 2xx or 4xx answer; anything else never gets here (see {@link ServiceUnavailableException}). */
public record ServiceResponse(int status, String body) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  public boolean isClientError() {
    return status >= 400 && status < 500;
  }
}
