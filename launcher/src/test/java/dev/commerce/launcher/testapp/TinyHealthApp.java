package dev.commerce.launcher.testapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A stand-in for a Spring Boot service in a child JVM: serves {@code /actuator/health/readiness} on
 * SERVER_PORT (503 until TINY_READY_AFTER_MS has passed), shows its environment at {@code /env}, and leaves
 * marker files in DATA_DIR/TINY_NAME: {@code started}, {@code ready}, {@code stopped} (written by the shutdown hook,
 * so it exists only after a graceful stop). TINY_MODE=crash exits at once, ignore-term never finishes its
 * shutdown hook.
 */
public final class TinyHealthApp {

    private TinyHealthApp() {
    }

    public static void main(String[] args) throws Exception {
        // DATA_DIR is shared by all services, like the real ones each keeps its files in a folder of its name
        Path dataDir = Path.of(System.getenv("DATA_DIR"), System.getenv().getOrDefault("INSTANCE_ID",
                System.getenv().getOrDefault("TINY_NAME", "tiny")));
        Files.createDirectories(dataDir);
        String mode = System.getenv().getOrDefault("TINY_MODE", "ok");
        mark(dataDir, "started");
        System.out.println("tiny app starting in mode " + mode);
        System.out.println("KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        if (mode.equals("crash")) {
            System.out.println("boom: the tiny app cannot start");
            System.exit(3);
        }
        long readyAt = System.currentTimeMillis() + Long.parseLong(System.getenv().getOrDefault("TINY_READY_AFTER_MS", "0"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            boolean ready = System.currentTimeMillis() >= readyAt;
            if (ready && !Files.exists(dataDir.resolve("ready"))) {
                mark(dataDir, "ready");
            }
            reply(exchange, ready ? 200 : 503, ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}");
        });
        server.createContext("/env", exchange -> reply(exchange, 200, environment()));
        server.start();
        long crashAfter = Long.parseLong(System.getenv().getOrDefault("TINY_CRASH_AFTER_MS", "-1"));
        if (crashAfter >= 0) {
            Thread.sleep(crashAfter);
            System.out.println("tiny app crashes on purpose");
            Runtime.getRuntime().halt(4);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            System.out.println("tiny app stopping");
            if (mode.equals("ignore-term")) {
                sleepForever();
            }
            mark(dataDir, "stopped");
        }));
    }

    private static String environment() {
        Map<String, String> env = new TreeMap<>(System.getenv());
        return env.entrySet().stream()
                .filter(e -> e.getKey().endsWith("_URL") || e.getKey().startsWith("KAFKA") || e.getKey().startsWith("KEYCLOAK")
                        || e.getKey().startsWith("SPRING")
                        || e.getKey().equals("DATA_DIR") || e.getKey().equals("SERVER_PORT") || e.getKey().startsWith("TINY")
                        || List.of("INSTANCE_ID", "DB_SCHEME", "CAMUNDA_ADMIN_USER", "LOADBALANCER_CONFIGURATIONS", "SHUTDOWN_DRAIN_DELAY")
                                .contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static void mark(Path dataDir, String name) {
        try {
            Files.writeString(dataDir.resolve(name), Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
