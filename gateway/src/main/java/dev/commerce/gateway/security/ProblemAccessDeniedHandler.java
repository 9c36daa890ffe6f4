package dev.commerce.gateway.security;

import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final Problems problems;

    public ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String detail = "Your roles do not allow " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + ".";
        return problems.write(exchange,
                Problems.problem(exchange, HttpStatus.FORBIDDEN, ProblemSlugs.FORBIDDEN, detail),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
    }
}
