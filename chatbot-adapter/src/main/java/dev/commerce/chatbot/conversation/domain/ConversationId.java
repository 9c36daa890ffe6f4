package dev.commerce.chatbot.conversation.domain;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Conversation ids name the adapter instance that holds the exchange: {@code <token>.<uuid>}, where the token is
 * drawn anew on every start of the JVM. The engine treats the id as an opaque business key and posts the reply to
 * the logical name; whichever replica receives it reads the holder from the id and forwards the reply there. An id
 * without a token (the format before replicas) is always looked up locally.
 */
public final class ConversationId {

    public static final int TOKEN_LENGTH = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationId() {
    }

    /** A fresh instance token: 10 characters of [a-z0-9], about 52 bits, so restarts never repeat one. */
    public static String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    public static String next(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("not an instance token: " + token);
        }
        return token + "." + UUID.randomUUID();
    }

    /** The token of the instance holding this conversation; empty for ids without one. */
    public static Optional<String> holderOf(String conversationId) {
        int dot = conversationId == null ? -1 : conversationId.indexOf('.');
        if (dot <= 0 || dot == conversationId.length() - 1) {
            return Optional.empty();
        }
        String token = conversationId.substring(0, dot);
        return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }
}
