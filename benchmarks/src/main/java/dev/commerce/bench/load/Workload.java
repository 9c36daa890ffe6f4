package dev.commerce.bench.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What one closed-loop client sends, and which answers count as served. */
public interface Workload {

    /** The next request of {@code client}; {@code sequence} counts that client's requests from 0. */
    HttpRequest request(int client, long sequence);

    /**
     * True when the answer is the one a user expects; anything else counts as an error. Called on the client's
     * thread right after the answer arrived ({@code completedNanos} from {@link System#nanoTime()}).
     */
    default boolean accept(int client, HttpResponse<String> response, long completedNanos) {
        return response.statusCode() == 200;
    }
}
