package dev.commerce.order.order.adapter.out.client;

import dev.commerce.order.order.application.DownstreamUnavailableException;
import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;

import java.lang.reflect.UndeclaredThrowableException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs a Feign call and sorts what went wrong: a downstream 4xx answer is rethrown for the adapter to interpret,
 * everything else means the service is unavailable. Feign's circuit breaker wraps failures (in
 * {@link NoFallbackAvailableException}, and in {@link ExecutionException} when it runs calls on a pool); the
 * innermost cause is what happened.
 */
final class DownstreamCall {

    private DownstreamCall() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof DownstreamProblemException problem) {
                throw problem;
            }
            throw unavailable(service, cause);
        }
    }

    static void run(String service, Runnable call) {
        call(service, () -> {
            call.run();
            return null;
        });
    }

    /** Past the circuit breaker's and executors' wrappers to what the call itself threw. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof NoFallbackAvailableException || cause instanceof ExecutionException
                || cause instanceof CompletionException || cause instanceof UndeclaredThrowableException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static DownstreamUnavailableException unavailable(String service, Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            return new DownstreamUnavailableException(service,
                    service + " is unavailable (circuit open after repeated failures).", false, cause);
        }
        if (cause instanceof RetryableException && cause.getCause() instanceof ConnectException) {
            return new DownstreamUnavailableException(service, service + " cannot be reached.", false, cause);
        }
        if (cause instanceof RetryableException) {
            return new DownstreamUnavailableException(service, service + " did not answer in time.", true, cause);
        }
        if (cause instanceof FeignException feign && feign.status() > 0) {
            return new DownstreamUnavailableException(service,
                    service + " failed with HTTP " + feign.status() + ".", true, cause);
        }
        return new DownstreamUnavailableException(service, service + " call failed.", true, cause);
    }
}
