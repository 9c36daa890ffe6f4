package dev.commerce.chatbot.support.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Header secrets are compared in constant time, so response timing does not reveal how much of a guess was right. */
public final class SharedSecret {

    private final byte[] expected;

    public SharedSecret(String expected) {
        if (expected == null || expected.isBlank()) {
            throw new IllegalArgumentException("a shared secret must not be blank");
        }
        this.expected = expected.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        byte[] actual = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual);
    }
}
