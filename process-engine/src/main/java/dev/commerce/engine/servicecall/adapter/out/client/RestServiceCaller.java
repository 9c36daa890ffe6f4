package dev.commerce.engine.servicecall.adapter.out.client;

import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/** Domain services over HTTP; the base URL per logical name comes from outside (load balancer or test). */
public class RestServiceCaller implements ServiceCaller {

  private final RestClient client;
  private final Function<String, String> baseUrl;

  public RestServiceCaller(RestClient client, Function<String, String> baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  @Override
  public ServiceResponse exchange(ServiceRequest request) {
    URI uri = uri(request);
    ServiceResponse response;
    try {
      RestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(request.method())).uri(uri)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
      if (request.body() != null) {
        spec.contentType(MediaType.APPLICATION_JSON).body(request.body());
      }
      response = spec.exchange((req, res) -> new ServiceResponse(res.getStatusCode().value(),
          StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
    } catch (ResourceAccessException e) {
      throw new ServiceUnavailableException(request.service(),
          request.method() + " " + request.path() + " not reachable or too slow (" + describe(e) + ")", e);
    } catch (RestClientException | IllegalStateException e) {
      throw new ServiceUnavailableException(request.service(),
          request.method() + " " + request.path() + " failed (" + describe(e) + ")", e);
    }
    if (!response.isSuccess() && !response.isClientError()) {
      throw new ServiceUnavailableException(request.service(),
          request.method() + " " + request.path() + " answered " + response.status(), null);
    }
    return response;
  }

  /**
   * What an operator needs in Cockpit's incident message: "ConnectException" or "HttpTimeoutException" from
   * somewhere in the chain (the JDK client wraps them), else the root cause.
   */
  private static String describe(Exception e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpTimeoutException) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
      }
      root = t;
    }
    return root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private URI uri(ServiceRequest request) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(baseUrl.apply(request.service()))
        .path(request.path());
    request.query().forEach((name, value) -> {
      if (value != null && !value.isEmpty()) {
        builder.queryParam(name, value);
      }
    });
    return builder.encode().build().toUri();
  }
}
