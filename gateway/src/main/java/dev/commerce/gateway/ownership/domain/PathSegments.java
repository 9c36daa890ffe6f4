package dev.commerce.gateway.ownership.domain;

import java.util.Arrays;
import java.util.List;

public final class PathSegments {

    private PathSegments() {
    }

    /** The raw (still encoded) segments of {@code path} after {@code prefix}; trailing slashes are ignored. */
    public static List<String> after(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            throw new IllegalArgumentException(path + " is not under " + prefix);
        }
        String rest = path.substring(prefix.length());
        if (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? List.of() : Arrays.asList(rest.split("/"));
    }
}
