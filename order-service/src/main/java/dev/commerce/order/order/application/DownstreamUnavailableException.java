package dev.commerce.order.order.application;

/**
 * A downstream service was down, slow, answered 5xx or its circuit is open. {@code requestMayHaveArrived} tells
 * whether the call might have taken effect there (a timeout or a 5xx) as opposed to certainly not (open circuit).
 */
public class DownstreamUnavailableException extends RuntimeException {

    private final String service;
    private final boolean requestMayHaveArrived;

    public DownstreamUnavailableException(String service, String message, boolean requestMayHaveArrived,
                                          Throwable cause) {
        super(message, cause);
        this.service = service;
        this.requestMayHaveArrived = requestMayHaveArrived;
    }

    public String service() {
        return service;
    }

    public boolean requestMayHaveArrived() {
        return requestMayHaveArrived;
    }
}
