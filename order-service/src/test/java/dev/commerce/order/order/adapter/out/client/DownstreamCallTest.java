package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownstreamCallTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.POST, "http://item-service/api/reservations",
            Map.of(), new byte[0], StandardCharsets.UTF_8, null);

    private static DownstreamUnavailableException failureOf(RuntimeException thrown) {
        try {
            DownstreamCall.call("item-service", () -> {
                throw thrown;
            });
        } catch (DownstreamUnavailableException e) {
            return e;
        }
        throw new AssertionError("expected a DownstreamUnavailableException");
    }

    @Test
    void aTimeoutMayHaveReachedTheService() {
        RetryableException timeout = new RetryableException(-1, "Read timed out", Request.HttpMethod.POST,
                new SocketTimeoutException("Read timed out"), (Long) null, REQUEST);

        DownstreamUnavailableException failure = failureOf(
                new NoFallbackAvailableException("No fallback available.", new ExecutionException(timeout)));

        assertThat(failure.requestMayHaveArrived()).isTrue();
        assertThat(failure).hasMessage("item-service did not answer in time.");
    }

    @Test
    void aRefusedConnectionOrAnOpenCircuitCertainlyDidNot() {
        RetryableException refused = new RetryableException(-1, "Connection refused", Request.HttpMethod.POST,
                new ConnectException("Connection refused"), (Long) null, REQUEST);
        CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("item"));

        assertThat(failureOf(new NoFallbackAvailableException("x", refused)).requestMayHaveArrived()).isFalse();
        assertThat(failureOf(new NoFallbackAvailableException("x", open)))
                .satisfies(f -> assertThat(f.requestMayHaveArrived()).isFalse())
                .hasMessageContaining("circuit open");
    }

    @Test
    void a5xxIsAFailureThatMayHaveApplied() {
        FeignException serverError = FeignException.errorStatus("ItemClient#reserve",
                feign.Response.builder().status(502).request(REQUEST).headers(Map.of()).build());

        DownstreamUnavailableException failure = failureOf(new NoFallbackAvailableException("x", serverError));

        assertThat(failure).hasMessage("item-service failed with HTTP 502.");
        assertThat(failure.requestMayHaveArrived()).isTrue();
    }

    @Test
    void aDownstreamAnswerIsHandedBackToTheAdapter() {
        DownstreamProblemException answer = new DownstreamProblemException(409, "/problems/insufficient-stock",
                "short", Map.of());

        assertThatThrownBy(() -> DownstreamCall.call("item-service", () -> {
            throw new NoFallbackAvailableException("x", answer);
        })).isSameAs(answer);
    }
}
