package dev.commerce.chatbot.kakao.adapter.in.web;

import dev.commerce.chatbot.support.web.ProblemException;
import dev.commerce.chatbot.support.web.SharedSecret;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the {@code X-Skill-Secret} header that the skill is registered with in Open Builder, before the
 * body is even read: a caller without the secret gets 401 whatever it sends.
 */
public class SkillSecretInterceptor implements HandlerInterceptor {

    public static final String HEADER = "X-Skill-Secret";
    /** Request attribute: when the request reached the adapter, the start of the webhook's time budget. */
    public static final String RECEIVED_AT = SkillSecretInterceptor.class.getName() + ".receivedAt";

    private final SharedSecret secret;

    private final Clock clock;

    public SkillSecretInterceptor(SharedSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(RECEIVED_AT, clock.instant());
        if (!secret.matches(request.getHeader(HEADER))) {
            throw ProblemException.unauthorized("Missing or wrong " + HEADER + " header.");
        }
        return true;
    }
}
