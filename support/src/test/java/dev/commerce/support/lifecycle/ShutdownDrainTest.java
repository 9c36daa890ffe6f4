package dev.commerce.support.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ShutdownDrainTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void aStoppingInstanceReportsNotReadyButKeepsServingForTheDrainDelay() throws Exception {
        ConfigurableApplicationContext context = start("--commerce.shutdown.drain-delay=1500ms");
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        assertThat(get(port, "/actuator/health/readiness")).isEqualTo(200);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        Thread.sleep(500);

        assertThat(closing).isNotDone();
        assertThat(get(port, "/actuator/health/readiness")).isEqualTo(503);
        assertThat(get(port, "/hello")).isEqualTo(200);
        closing.get();
        assertThat(reachable(port)).isFalse();
    }

    @Test
    void withoutADelayTheInstanceStopsAtOnce() throws Exception {
        ConfigurableApplicationContext context = start();
        long started = System.nanoTime();
        context.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--management.endpoint.health.probes.enabled=true";
        all[2] = "--server.shutdown=graceful";
        System.arraycopy(args, 0, all, 3, args.length);
        return SpringApplication.run(DrainedApp.class, all);
    }

    private int get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private boolean reachable(int port) {
        try {
            get(port, "/hello");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @SpringBootApplication
    @RestController
    static class DrainedApp {
        @GetMapping("/hello")
        String hello() {
            return "hello";
        }
    }
}
