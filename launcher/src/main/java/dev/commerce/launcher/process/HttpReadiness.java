package dev.commerce.launcher.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a child answers its readiness URL, failing fast (with its log tail) when the child dies. */
public final class HttpReadiness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HttpReadiness() {
    }

    /**
     * @param expectStatusUp true for Spring Boot actuator health ({@code "status":"UP"} in the body); false when
     *                       any 2xx answer means ready (Keycloak's realm endpoint)
     */
    public static void await(ChildProcess child, URI url, boolean expectStatusUp, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new StartupException(child.name() + " exited with code " + child.exitCode().orElse(-1)
                        + " while starting; last lines of " + child.logFile() + ":" + System.lineSeparator()
                        + child.logTail(40));
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (isReady(response, expectStatusUp)) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException("interrupted while waiting for " + child.name(), e);
            }
            pause();
        }
        throw new StartupException(child.name() + " was not ready at " + url + " within " + timeout.toSeconds()
                + " s (last answer: " + last + "); last lines of " + child.logFile() + ":"
                + System.lineSeparator() + child.logTail(40));
    }

    private static boolean isReady(HttpResponse<String> response, boolean expectStatusUp) throws IOException {
        if (response.statusCode() / 100 != 2) {
            return false;
        }
        if (!expectStatusUp) {
            return true;
        }
        JsonNode status = JSON.readTree(response.body()).path("status");
        return "UP".equals(status.asText());
    }

    private static String abbreviate(String body) {
        return body.length() <= 120 ? body : body.substring(0, 120) + "...";
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for readiness", e);
        }
    }
}
