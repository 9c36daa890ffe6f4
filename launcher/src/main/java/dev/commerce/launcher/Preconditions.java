package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that fail before anything starts, with a message that says what to do. */
final class Preconditions {

    private Preconditions() {
    }

    /** The {@code mysql} profile needs a reachable MySQL/MariaDB; every service would fail later otherwise. */
    static void requireDatabase(Optional<String> profile, Map<String, String> env, List<Component> toStart) {
        boolean services = toStart.stream().anyMatch(component -> !component.modules().isEmpty());
        if (!services || !profile.filter("mysql"::equals).isPresent()) {
            return;
        }
        String host = env.getOrDefault("DB_HOST", "localhost");
        int port = Integer.parseInt(env.getOrDefault("DB_PORT", "3306"));
        if (!Ports.isListening(host, port)) {
            throw new StartupException("--profile mysql needs MySQL or MariaDB on " + host + ":" + port
                    + " (DB_HOST/DB_PORT, user DB_USERNAME, password DB_PASSWORD), but nothing answers there."
                    + " Start the database, or run without --profile for the embedded H2 default.");
        }
    }

    /**
     * Several instances of a service share its state through real shared stores: the database (the embedded H2
     * files belong to one JVM) and, for the services that keep state between requests, Redis.
     */
    static void requireSharedStores(Optional<String> profile, Map<String, String> env, List<Component> toStart,
                                    boolean scaled) {
        if (!scaled) {
            return;
        }
        if (!profile.filter("mysql"::equals).isPresent()) {
            throw new StartupException("several instances of a service need --profile mysql: they must share one"
                    + " database, and the embedded H2 files can be opened by one JVM only. On this machine:"
                    + " ./run.sh --profile mysql --replicas 2 (MySQL 8 or MariaDB on DB_HOST:DB_PORT, default"
                    + " localhost:3306).");
        }
        String needRedis = toStart.stream()
                .filter(component -> component instanceof JavaService service && service.keepsSharedStateInRedis())
                .filter(component -> !component.name().equals(component.serviceName()))
                .map(Component::serviceName).distinct().collect(Collectors.joining(", "));
        String host = env.getOrDefault("REDIS_HOST", "localhost");
        int port = Integer.parseInt(env.getOrDefault("REDIS_PORT", "6379"));
        if (!needRedis.isEmpty() && !Ports.isListening(host, port)) {
            throw new StartupException("several instances of " + needRedis + " keep their shared state (rate limits,"
                    + " conversations, web sessions) in Redis, but nothing answers on " + host + ":" + port
                    + " (REDIS_HOST/REDIS_PORT). Start it, e.g. `redis-server --daemonize yes --save \"\"`"
                    + " (Debian: apt-get install redis-server), or run one instance of those services.");
        }
    }

    /**
     * The server's version when the database on DB_HOST:DB_PORT is MariaDB, read from the greeting every MySQL
     * protocol server sends first ({@code 5.5.5-10.11.19-MariaDB}): then the services take the MariaDB driver
     * ({@code DB_SCHEME=mariadb}), which keeps fractional seconds that MySQL Connector/J drops on MariaDB.
     */
    static Optional<String> mariaDbServer(Map<String, String> env) {
        String host = env.getOrDefault("DB_HOST", "localhost");
        int port = Integer.parseInt(env.getOrDefault("DB_PORT", "3306"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(1000);
            InputStream in = socket.getInputStream();
            byte[] header = in.readNBytes(5);
            if (header.length < 5 || header[4] != 10) {
                return Optional.empty();
            }
            StringBuilder version = new StringBuilder();
            for (int b = in.read(); b > 0 && version.length() < 100; b = in.read()) {
                version.append((char) b);
            }
            String text = new String(version.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            return text.contains("MariaDB") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
