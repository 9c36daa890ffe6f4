package dev.commerce.customer.shared.web;

import java.net.URI;
import java.util.List;

import dev.commerce.customer.shared.error.FieldViolation;
import dev.commerce.customer.shared.error.InvalidRequestException;
import dev.commerce.customer.shared.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves as {@code application/problem+json} with a {@code /problems/<slug>} type and a detail a
 * client can act on; nothing internal (class names, SQL, stack traces) is ever part of the answer.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return problem(ProblemSlug.NOT_FOUND, ex.getMessage(), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException ex, WebRequest request) {
        return validationFailed(ex.violations(), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException ex, WebRequest request) {
        log.info("Request rejected by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return problem(ProblemSlug.CONFLICT, "The request conflicts with the current state", request);
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> contended(RuntimeException ex, WebRequest request) {
        log.info("Request lost a concurrent update: {}", ex.toString());
        return problem(ProblemSlug.CONFLICT, "The resource was changed concurrently; retry the request", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", describe(request), ex);
        return problem(ProblemSlug.INTERNAL_ERROR, "An unexpected error occurred", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ProblemSlug.MALFORMED_REQUEST, JsonErrorDescriber.describe(ex), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldViolation(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return validationFailed(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldViolation(parameterName(result.getMethodParameter().getParameterName(),
                                error), error.getDefaultMessage())))
                .toList();
        return validationFailed(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : describeType(ex.getRequiredType());
        return problem(ProblemSlug.MALFORMED_REQUEST,
                "Parameter '%s' has the wrong type: expected %s".formatted(name, expected), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(List.of(new FieldViolation(ex.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(ProblemSlug.NOT_FOUND, "No endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath(),
                request);
    }

    /** Every other Spring MVC exception (404 no handler, 405, 415, 406, ...) gets its slug and the content type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            ProblemSlug slug = slugFor(statusCode.value());
            problem.setType(slug.type());
            problem.setTitle(slug.title());
            problem.setInstance(instance(request));
        }
        var problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private ResponseEntity<Object> validationFailed(List<FieldViolation> violations, WebRequest request) {
        var body = body(ProblemSlug.VALIDATION_FAILED, violations.size() == 1
                ? "Invalid request: " + violations.get(0).field() + " " + violations.get(0).message()
                : "Invalid request: " + violations.size() + " fields are invalid", request);
        body.setProperty("errors", violations);
        return entity(ProblemSlug.VALIDATION_FAILED, body);
    }

    private ResponseEntity<Object> problem(ProblemSlug slug, String detail, WebRequest request) {
        return entity(slug, body(slug, detail, request));
    }

    private static ProblemDetail body(ProblemSlug slug, String detail, WebRequest request) {
        var body = ProblemDetail.forStatusAndDetail(slug.status(), detail);
        body.setType(slug.type());
        body.setTitle(slug.title());
        body.setInstance(instance(request));
        return body;
    }

    private static ResponseEntity<Object> entity(ProblemSlug slug, ProblemDetail body) {
        return ResponseEntity.status(slug.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ProblemSlug slugFor(int status) {
        return switch (status) {
            case 400 -> ProblemSlug.MALFORMED_REQUEST;
            case 404 -> ProblemSlug.NOT_FOUND;
            case 405 -> ProblemSlug.METHOD_NOT_ALLOWED;
            case 406 -> ProblemSlug.NOT_ACCEPTABLE;
            case 409 -> ProblemSlug.CONFLICT;
            case 415 -> ProblemSlug.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemSlug.SERVICE_UNAVAILABLE;
            default -> ProblemSlug.INTERNAL_ERROR;
        };
    }

    private static String parameterName(String parameter, Object error) {
        if (error instanceof FieldError field) {
            return field.getField();
        }
        if (parameter == null && error instanceof DefaultMessageSourceResolvable resolvable) {
            return resolvable.getCodes() == null ? "request" : resolvable.getCodes()[0];
        }
        return parameter == null ? "request" : parameter;
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static URI instance(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return URI.create(http.getRequestURI());
        }
        return null;
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
