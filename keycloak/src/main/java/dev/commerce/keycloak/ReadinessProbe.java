package dev.commerce.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits until the realm's OpenID discovery document is served: that is when the server listens and the realm
 * import has finished, which a bare health check does not tell.
 */
final class ReadinessProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI discovery;

    ReadinessProbe(String baseUrl, String realm) {
        this.discovery = URI.create(baseUrl + "/realms/" + realm + "/.well-known/openid-configuration");
    }

    /** @return true when ready; false when {@code alive} turned false or the timeout passed */
    boolean await(Duration timeout, BooleanSupplier alive) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!alive.getAsBoolean()) {
                return false;
            }
            if (ready()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private boolean ready() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
