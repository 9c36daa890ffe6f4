package dev.commerce.gateway.resilience;

import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when the service is down, slow, failing or its circuit is open:
 * 503 problem+json naming the service and why. A client error raised inside the breaker (body too large) keeps its
 * own status; it says nothing about the service's health.
 */
@Hidden
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "5";

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            return respond(Problems.problem(exchange, code, ProblemSlugs.of(code), status.getReason()), code);
        }
        ProblemDetail problem = Problems.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemSlugs.SERVICE_UNAVAILABLE,
                service + " is unavailable (" + reason(failure) + "); try again shortly.");
        problem.setProperty("service", service);
        return respond(problem, HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpStatusCode status) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    static String reason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "circuit open after repeated failures";
        }
        if (failure instanceof TimeoutException || failure instanceof ResponseStatusException s && s.getStatusCode().value() == 504) {
            return "timed out";
        }
        if (failure instanceof NotFoundException) {
            return "no instance available";
        }
        if (failure instanceof ConnectException || failure != null && failure.getCause() instanceof ConnectException) {
            return "not reachable";
        }
        if (failure instanceof org.springframework.web.client.HttpStatusCodeException status) {
            return "answered " + status.getStatusCode().value();
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
    }
}
