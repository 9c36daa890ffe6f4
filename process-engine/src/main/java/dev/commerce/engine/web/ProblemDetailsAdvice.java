package dev.commerce.engine.web;

import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem+json with the slugs of CONTRIBUTING.md for every error of the /api facade. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError error : ex.getBindingResult().getFieldErrors()) {
      errors.add(fieldError(error.getField(), error.getDefaultMessage()));
    }
    ex.getBindingResult().getGlobalErrors()
        .forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
        "The request has invalid fields.");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
        "The body is not valid JSON for this endpoint (unknown field, wrong type or syntax).");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @ExceptionHandler(ResourceNotFoundException.class)
  ResponseEntity<Object> notFound(ResourceNotFoundException ex, HttpServletRequest request) {
    return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
    ServiceUnavailableException unavailable = causeOf(ex);
    if (unavailable != null) {
      log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), unavailable.getMessage());
      ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
          unavailable.service() + " is not available right now; try again later.");
      problem.setProperty("service", unavailable.service());
      return respond(problem, request);
    }
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "The request could not be processed."), request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
        problem.setType(URI.create("/problems/" + slug(status)));
      }
      if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
        problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
      }
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem, HttpServletRequest request) {
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + slug));
    problem.setTitle(title);
    return problem;
  }

  private static String slug(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "malformed-request";
      case 404 -> "not-found";
      case 409 -> "conflict";
      case 503 -> "service-unavailable";
      default -> HttpStatus.resolve(status.value()) == null ? "error"
          : HttpStatus.resolve(status.value()).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    };
  }

  private static Map<String, String> fieldError(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static ServiceUnavailableException causeOf(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof ServiceUnavailableException unavailable) {
        return unavailable;
      }
    }
    return null;
  }
}
