package dev.commerce.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Last line of defence: any exception that reaches WebFlux becomes problem+json, never Boot's JSON error page
 * nor a stack trace. Runs before Boot's handler (order -1).
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    public ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus status = statusOf(error);
        if (status.is5xxServerError()) {
            log.warn("{} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error.toString());
        }
        return problems.write(exchange, status, ProblemSlugs.of(status), detailOf(error, status));
    }

    static HttpStatus statusOf(Throwable error) {
        if (error instanceof ResponseStatusException statusException) {
            HttpStatusCode code = statusException.getStatusCode();
            HttpStatus resolved = HttpStatus.resolve(code.value());
            return resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        }
        if (error instanceof DataBufferLimitException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (error instanceof AuthenticationServiceException) {
            // the token could not be checked at all (Keycloak's keys unreachable): an outage, not a bad token
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (error instanceof ConnectException || error instanceof TimeoutException
                || error.getCause() instanceof ConnectException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detailOf(Throwable error, HttpStatus status) {
        if (error instanceof ResponseStatusException statusException && statusException.getReason() != null) {
            return statusException.getReason();
        }
        return switch (status) {
            case NOT_FOUND -> "No route for this path.";
            case SERVICE_UNAVAILABLE -> "A service behind the gateway is unavailable; try again shortly.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the gateway accepts.";
            case INTERNAL_SERVER_ERROR -> "The gateway failed to handle the request.";
            default -> status.getReasonPhrase();
        };
    }
}
