package dev.commerce.chatbot.conversation.domain;

/**
 * Whether the chat user is a known customer. {@code UNKNOWN} means customer-service could not be asked:
 * the process must not tell such a user to link their account, only that personal data is unavailable now.
 */
public record CustomerLink(Status status, Long customerId) {

    public enum Status { LINKED, UNLINKED, UNKNOWN }

    public static CustomerLink linked(long customerId) {
        return new CustomerLink(Status.LINKED, customerId);
    }

    public static CustomerLink unlinked() {
        return new CustomerLink(Status.UNLINKED, null);
    }

    public static CustomerLink unknown() {
        return new CustomerLink(Status.UNKNOWN, null);
    }
}
