package dev.commerce.customer.shared.error;

/** Answered 404 not-found; the message is the problem's detail, so it names what was looked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
