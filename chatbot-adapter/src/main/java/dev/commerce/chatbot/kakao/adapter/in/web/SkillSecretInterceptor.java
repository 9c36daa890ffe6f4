package dev.commerce.chatbot.kakao.adapter.in.web;

import dev.commerce.chatbot.support.web.ProblemException;
import dev.commerce.chatbot.support.web.SharedSecret;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the {@code X-Skill-Secret} header that the skill is registered with in Open Builder, before the
 * body is even read: a caller without the secret gets 401 whatever it sends.
 */
public class SkillSecretInterceptor implements HandlerInterceptor {

    public static final String HEADER = "X-Skill-Secret";

    private final SharedSecret secret;

    public SkillSecretInterceptor(SharedSecret secret) {
        this.secret = secret;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!secret.matches(request.getHeader(HEADER))) {
            throw ProblemException.unauthorized("Missing or wrong " + HEADER + " header.");
        }
        return true;
    }
}
