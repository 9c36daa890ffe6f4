package dev.commerce.item.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Chooses the database of a test JVM once: the machine's MariaDB when it answers (database
 * {@value #NAME}, dropped and recreated), H2 in MySQL mode otherwise. {@code TEST_DB=h2} forces H2,
 * {@code TEST_DB=mariadb} turns an unreachable MariaDB into a failure instead of a fallback.
 * On MariaDB the application runs its {@code mysql} profile with the same switch as in production
 * ({@code DB_SCHEME=mariadb} and {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, ...; see
 * {@link TestDatabaseProfiles}), so the tests go through the profile's URL, driver and Flyway folders.
 * An application context that must not share its event outbox with the others asks for its own database
 * under a suffix.
 */
public final class TestDatabase {

    public static final String NAME = "commerce_items_test";

    private static final Map<String, Map<String, String>> PREPARED = new HashMap<>();
    private static Boolean mariaDb;

    private TestDatabase() {
    }

    public static Map<String, String> properties() {
        return properties(NAME);
    }

    public static synchronized Map<String, String> properties(String name) {
        return PREPARED.computeIfAbsent(name, key -> {
            var chosen = choose(key);
            System.out.println("[item-service tests] database: " + chosen);
            return chosen;
        });
    }

    /** Whether this JVM's tests run on MariaDB (the {@code mysql} profile) rather than H2. */
    public static synchronized boolean mariaDb() {
        properties();
        return mariaDb;
    }

    private static Map<String, String> choose(String name) {
        String mode = env("TEST_DB", "");
        if ("h2".equalsIgnoreCase(mode)) {
            mariaDb = false;
            return h2(name);
        }
        String host = env("TEST_DB_HOST", "127.0.0.1");
        String port = env("TEST_DB_PORT", "3306");
        String user = env("TEST_DB_USERNAME", "root");
        String password = env("TEST_DB_PASSWORD", "");
        String server = "jdbc:mariadb://" + host + ":" + port;
        try (var connection = DriverManager.getConnection(server + "/?connectTimeout=2000", user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException unreachable) {
            if ("mariadb".equalsIgnoreCase(mode)) {
                throw new IllegalStateException("TEST_DB=mariadb but MariaDB at " + server + " is unreachable",
                        unreachable);
            }
            System.out.println("[item-service tests] MariaDB unreachable (" + unreachable.getMessage()
                    + "), falling back to H2");
            mariaDb = false;
            return h2(name);
        }
        mariaDb = true;
        return Map.of("DB_SCHEME", "mariadb", "DB_HOST", host, "DB_PORT", port, "DB_NAME", name,
                "DB_USERNAME", user, "DB_PASSWORD", password);
    }

    private static Map<String, String> h2(String name) {
        return Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
