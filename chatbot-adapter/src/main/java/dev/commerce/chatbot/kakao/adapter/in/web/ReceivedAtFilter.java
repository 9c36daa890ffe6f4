package dev.commerce.chatbot.kakao.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records when a skill request reached the adapter, as early as the servlet container allows: the
 * webhook's time budget starts here, not after security checks and body parsing.
 */
public class ReceivedAtFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link java.time.Instant} the request arrived. */
    public static final String RECEIVED_AT = ReceivedAtFilter.class.getName() + ".receivedAt";

    private final Clock clock;

    public ReceivedAtFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/kakao/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RECEIVED_AT, clock.instant());
        chain.doFilter(request, response);
    }
}
