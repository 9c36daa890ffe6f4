package dev.commerce.gateway.ownership.adapter.in.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commerce.gateway.problem.ProblemSlugs;
import dev.commerce.gateway.problem.Problems;
import dev.commerce.gateway.resilience.BodyLimitProperties;
import java.io.IOException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A customer's {@code POST /api/orders}: a missing {@code customerId} becomes the token's, the token's is kept, any
 * other is refused with 403 and nothing reaches order-service. The body is read up to the gateway's body limit.
 */
@Component
class OrderBodyRewriter {

    private final ObjectMapper objectMapper;
    private final Problems problems;
    private final int maxBytes;

    OrderBodyRewriter(ObjectMapper objectMapper, Problems problems, BodyLimitProperties limits) {
        this.objectMapper = objectMapper;
        this.problems = problems;
        this.maxBytes = (int) limits.maxSize().toBytes();
    }

    Mono<Void> placeFor(long customerId, ServerWebExchange exchange, GatewayFilterChain chain) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
                .map(OrderBodyRewriter::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> rewrite(body, customerId, exchange, chain));
    }

    private Mono<Void> rewrite(byte[] body, long customerId, ServerWebExchange exchange, GatewayFilterChain chain) {
        JsonNode order;
        try {
            order = objectMapper.readTree(body);
        } catch (IOException e) {
            order = null;
        }
        if (!(order instanceof ObjectNode object)) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemSlugs.MALFORMED_REQUEST,
                    "The order must be a JSON object.");
        }
        JsonNode given = object.get("customerId");
        boolean absent = given == null || given.isNull();
        boolean own = given != null && (given.isIntegralNumber() && given.canConvertToLong() && given.asLong() == customerId
                || given.isTextual() && given.asText().equals(Long.toString(customerId)));
        if (!absent && !own) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemSlugs.FORBIDDEN,
                    "Customers can only place orders for themselves.");
        }
        object.put("customerId", customerId);
        byte[] rewritten;
        try {
            rewritten = objectMapper.writeValueAsBytes(object);
        } catch (IOException e) {
            return Mono.error(e);
        }
        return chain.filter(exchange.mutate().request(withBody(exchange, rewritten)).build());
    }

    private static ServerHttpRequest withBody(ServerWebExchange exchange, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(exchange.getRequest().getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.length);
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
