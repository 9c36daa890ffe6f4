package dev.commerce.gateway.resilience;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The requests of a route that may be sent again after they reached an instance, from entries {@code METHOD} or
 * {@code METHOD /path/pattern}. GET and HEAD are idempotent by HTTP's definition; any other method listed counts only
 * when the request carries an {@code Idempotency-Key}, with which the service answers a repeat with the first result.
 */
final class IdempotentRequests {

    private final List<Entry> entries;

    private IdempotentRequests(List<Entry> entries) {
        this.entries = entries;
    }

    static IdempotentRequests of(List<String> entries) {
        return new IdempotentRequests(entries.stream().filter(StringUtils::hasText).map(Entry::parse).toList());
    }

    boolean includes(ServerHttpRequest request) {
        return entries.stream().anyMatch(entry -> entry.matches(request));
    }

    private record Entry(HttpMethod method, PathPattern path) {

        static Entry parse(String entry) {
            String[] parts = entry.trim().split("\\s+", 2);
            PathPattern path = parts.length == 2 ? PathPatternParser.defaultInstance.parse(parts[1]) : null;
            return new Entry(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), path);
        }

        boolean matches(ServerHttpRequest request) {
            boolean sameRequest = method.equals(request.getMethod())
                    && (path == null || path.matches(request.getPath().pathWithinApplication()));
            boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
            return sameRequest
                    && (safe || StringUtils.hasText(request.getHeaders().getFirst(IdempotencyKeyGatewayFilterFactory.HEADER)));
        }
    }
}
