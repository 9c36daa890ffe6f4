package dev.commerce.order.platform.web;

import dev.commerce.order.order.adapter.in.web.InvalidIdempotencyKeyException;
import dev.commerce.order.order.application.CustomerNotFoundException;
import dev.commerce.order.order.application.DownstreamUnavailableException;
import dev.commerce.order.order.application.IdempotencyKeyInUseException;
import dev.commerce.order.order.application.IdempotencyKeyReusedException;
import dev.commerce.order.order.application.InsufficientStockException;
import dev.commerce.order.order.application.ReservationRejectedException;
import dev.commerce.order.order.application.UnknownItemException;
import dev.commerce.order.order.domain.OrderConflictException;
import dev.commerce.order.order.domain.OrderNotFoundException;
import dev.commerce.order.order.domain.TrackingDetailsMissingException;
import dev.commerce.order.platform.web.Problems.FieldError;
import dev.commerce.order.release.application.PlacementExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;

/** Every error as application/problem+json; never a stack trace, never an internal class name. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler({OrderNotFoundException.class, CustomerNotFoundException.class, UnknownItemException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InsufficientStockException.class)
    ProblemDetail insufficientStock(InsufficientStockException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.INSUFFICIENT_STOCK, "Insufficient stock",
                e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(OrderConflictException.class)
    ProblemDetail conflict(OrderConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
                "The order was changed at the same time by another request; please retry.");
    }

    @ExceptionHandler(TrackingDetailsMissingException.class)
    ProblemDetail trackingDetailsMissing(TrackingDetailsMissingException e) {
        return Problems.validation(e.getMessage(), List.of(new FieldError("carrier", "is required from SHIPPED on"),
                new FieldError("trackingNumber", "is required from SHIPPED on")));
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException e) {
        return Problems.validation("The Idempotency-Key header " + e.getMessage() + ".",
                List.of(new FieldError("Idempotency-Key", e.getMessage())));
    }

    @ExceptionHandler(IdempotencyKeyInUseException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyInUse(IdempotencyKeyInUseException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.CONFLICT, Problems.IDEMPOTENCY_KEY_IN_USE, "Idempotency-Key in use",
                        e.getMessage()));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, Problems.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler(ReservationRejectedException.class)
    ProblemDetail reservationRejected(ReservationRejectedException e) {
        return Problems.validation("item-service rejected the order lines: " + e.getMessage(),
                List.of(new FieldError("lines", e.getMessage())));
    }

    @ExceptionHandler(DownstreamUnavailableException.class)
    ResponseEntity<ProblemDetail> downstreamUnavailable(DownstreamUnavailableException e) {
        log.warn("Answering 503: {} [{}]", e.getMessage(), causes(e.getCause()));
        ProblemDetail problem = unavailable(e.getMessage());
        problem.setProperty("service", e.service());
        return withRetryAfter(problem);
    }

    @ExceptionHandler(PlacementExpiredException.class)
    ResponseEntity<ProblemDetail> placementExpired(PlacementExpiredException e) {
        return withRetryAfter(unavailable(e.getMessage()));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        log.error("Answering 503, database unavailable", e);
        return withRetryAfter(unavailable("The order database is unavailable; please retry."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Answering 500", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, "Internal error",
                "The request could not be completed; please retry later.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        BindingResult result = e.getBindingResult();
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(),
                error.getDefaultMessage())));
        return handleExceptionInternal(e, Problems.validation("The request has invalid fields.", errors), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldError(name, error.getDefaultMessage()));
            }
        });
        return handleExceptionInternal(e, Problems.validation("The request has invalid parameters.", errors),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = Problems.validation("Query parameter '" + e.getParameterName() + "' is required.",
                List.of(new FieldError(e.getParameterName(), "is required")));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                ReadableErrors.describe(e));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : "'" + e.getPropertyName() + "'";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The value of " + name + " has the wrong type.");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatus(statusCode);
        Problems.assignType(problem);
        return super.handleExceptionInternal(e, problem, headers, statusCode, request);
    }

    private static String causes(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = cause; t != null && chain.length() < 500; t = t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(t.getMessage());
        }
        return chain.toString();
    }

    private static ProblemDetail unavailable(String detail) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                detail);
    }

    private static ResponseEntity<ProblemDetail> withRetryAfter(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
