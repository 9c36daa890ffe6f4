package dev.commerce.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extra record headers in one text column, one {@code name: value} line each: readable in a SQL client, and no
 * JSON library is needed in the relay.
 */
final class HeaderCodec {

    static final int MAX_LENGTH = 2000;

    private HeaderCodec() {
    }

    static void check(String name, String value) {
        if (name == null || name.isBlank() || name.contains(":") || hasLineBreak(name)) {
            throw new IllegalArgumentException("Invalid header name: " + name);
        }
        if (value == null || hasLineBreak(value)) {
            throw new IllegalArgumentException("Invalid value of header " + name);
        }
    }

    static String encode(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Headers longer than " + MAX_LENGTH + " characters");
        }
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text == null) {
            return headers;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 1).stripLeading());
            }
        }
        return headers;
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }
}
