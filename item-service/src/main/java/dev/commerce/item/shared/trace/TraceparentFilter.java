package dev.commerce.item.shared.trace;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
class TraceparentFilter extends OncePerRequestFilter {

    static final String HEADER = "traceparent";

    private final TraceContext traceContext;

    TraceparentFilter(TraceContext traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        traceContext.enter(request.getHeader(HEADER));
        try {
            chain.doFilter(request, response);
        } finally {
            traceContext.leave();
        }
    }
}
