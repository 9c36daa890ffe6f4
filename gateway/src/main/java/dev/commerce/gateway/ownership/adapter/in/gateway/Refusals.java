package dev.commerce.gateway.ownership.adapter.in.gateway;

import dev.commerce.gateway.ownership.domain.Refusal;
import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Component
class Refusals {

    private final Problems problems;

    Refusals(Problems problems) {
        this.problems = problems;
    }

    Mono<Void> write(ServerWebExchange exchange, Refusal refusal) {
        return switch (refusal.kind()) {
            case FORBIDDEN -> problems.write(exchange, HttpStatus.FORBIDDEN, ProblemSlugs.FORBIDDEN, refusal.detail());
            case NOT_FOUND -> problems.write(exchange, HttpStatus.NOT_FOUND, ProblemSlugs.NOT_FOUND, refusal.detail());
        };
    }
}
