package dev.commerce.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.gateway.observability.RequestIdFilter;
import java.net.URI;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes the RFC 9457 bodies of every response the gateway itself produces (401, 403, 404, 413, 429, 503 ...),
 * with the slugs of CONTRIBUTING.md and the request id, so a caller can quote it.
 */
@Component
public class Problems {

    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        return write(exchange, problem(exchange, status, slug, detail), headers -> { });
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> extraHeaders) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        extraHeaders.accept(headers);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
