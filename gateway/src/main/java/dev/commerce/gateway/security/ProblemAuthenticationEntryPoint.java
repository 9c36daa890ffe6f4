package dev.commerce.gateway.security;

import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem+json, with the RFC 6750 {@code WWW-Authenticate} challenge saying why the token was refused. */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final Problems problems;

    public ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String detail = "A valid bearer token from the commerce realm is required.";
        String challenge = "Bearer";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            String description = error.getDescription() == null ? error.getErrorCode() : error.getDescription();
            detail = "The bearer token was refused: " + description;
            challenge = "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                    + description.replace('"', '\'') + "\"";
        }
        String header = challenge;
        return problems.write(exchange,
                Problems.problem(exchange, HttpStatus.UNAUTHORIZED, ProblemSlugs.UNAUTHORIZED, detail),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, header));
    }
}
