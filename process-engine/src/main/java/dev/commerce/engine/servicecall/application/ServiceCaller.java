package dev.commerce.engine.servicecall.application;

/** Outbound port to the domain services. Throws {@link ServiceUnavailableException} for technical failures. */
public interface ServiceCaller {

  ServiceResponse exchange(ServiceRequest request);
}
