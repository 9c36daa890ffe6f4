package dev.commerce.chatbot.conversation.adapter.in.web;

import dev.commerce.chatbot.support.web.ProblemException;
import dev.commerce.chatbot.support.web.SharedSecret;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Checks {@code X-Internal-Token} before the body is read, so an unauthenticated caller learns nothing else. */
public class InternalTokenInterceptor implements HandlerInterceptor {

    public static final String HEADER = "X-Internal-Token";

    private final SharedSecret token;

    public InternalTokenInterceptor(SharedSecret token) {
        this.token = token;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!token.matches(request.getHeader(HEADER))) {
            throw ProblemException.unauthorized("Missing or wrong " + HEADER + " header.");
        }
        return true;
    }
}
