package dev.commerce.gateway.resilience;

import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 413 problem+json for a body over the limit. A declared {@code Content-Length} is refused before anything is read
 * or forwarded; a chunked body is counted while it streams and aborted once it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class BodyLimitFilter implements WebFilter {

    static final String TOO_LARGE = "The request body is larger than %d bytes, the gateway's limit for this path.";

    private final BodyLimitProperties properties;
    private final Problems problems;

    public BodyLimitFilter(BodyLimitProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = properties.limitFor(request.getPath().pathWithinApplication().value());
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, ProblemSlugs.PAYLOAD_TOO_LARGE,
                    TOO_LARGE.formatted(limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(counting(request, limit)).build());
    }

    private static ServerHttpRequest counting(ServerHttpRequest request, long limit) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE.formatted(limit)));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }
}
