package dev.commerce.chatbot.support.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 problem+json with {@code type = /problems/<slug>} (CONTRIBUTING.md), never
 * a stack trace. Validation errors list the offending fields in {@code errors}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e, HttpServletRequest request) {
        return ResponseEntity.status(e.status()).body(body(e.status(), e.slug(), e.title(), e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", "The request could not be processed.", request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                unreadableDetail(ex), path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        List<Map<String, String>> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = body(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid fields.", path(request));
        problem.setProperty("errors", errors.isEmpty() ? global : errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getAllErrors().stream()
                .map(error -> Map.of("field", String.valueOf(error.getCodes() == null ? "" : error.getCodes()[0]),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = body(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid values.", path(request));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        HttpStatus resolved = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String detail = body instanceof ProblemDetail given && given.getDetail() != null ? given.getDetail() : resolved.getReasonPhrase();
        return ResponseEntity.status(resolved).headers(headers)
                .body(body(resolved, slug(resolved), resolved.getReasonPhrase(), detail, path(request)));
    }

    static ProblemDetail body(HttpStatus status, String slug, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> status.is4xxClientError() ? "client-error" : "internal-error";
        };
    }

    private static String unreadableDetail(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + fieldPath(unknown) + "'.";
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            String field = fieldPath((JsonMappingException) cause);
            return field.isEmpty() ? "The body does not have the expected shape." : "Field '" + field + "' has the wrong type.";
        }
        return "The body is not valid JSON.";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String path(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet) {
            return servlet.getRequestURI();
        }
        return null;
    }
}
