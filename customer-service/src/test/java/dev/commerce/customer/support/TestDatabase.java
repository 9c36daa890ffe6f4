package dev.commerce.customer.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test database convention of CONTRIBUTING.md: the machine's MariaDB when it answers (database dropped and
 * recreated once per test JVM), H2 in MySQL mode otherwise. {@code TEST_DB=h2} forces H2, {@code TEST_DB=mariadb}
 * turns an unreachable MariaDB into a failure. Connection settings: {@code TEST_DB_HOST}, {@code TEST_DB_PORT},
 * {@code TEST_DB_USERNAME}, {@code TEST_DB_PASSWORD} (environment or system property).
 */
public final class TestDatabase {

    public record Settings(String url, String username, String password, boolean mariadb) {
    }

    private static final Map<String, Settings> DATABASES = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    /** The main test database, shared by every integration test context. */
    public static Settings main() {
        return named("commerce_customers_test");
    }

    public static Settings named(String name) {
        return DATABASES.computeIfAbsent(name, TestDatabase::create);
    }

    private static Settings create(String name) {
        String mode = setting("TEST_DB", "auto").toLowerCase(Locale.ROOT);
        if (!mode.equals("h2")) {
            String host = setting("TEST_DB_HOST", "127.0.0.1");
            String port = setting("TEST_DB_PORT", "3306");
            String username = setting("TEST_DB_USERNAME", "root");
            String password = setting("TEST_DB_PASSWORD", "");
            String server = "jdbc:mariadb://%s:%s/".formatted(host, port);
            try (var connection = DriverManager.getConnection(server + "?connectTimeout=2000", username, password);
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
                statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                return new Settings(server + name, username, password, true);
            } catch (SQLException e) {
                if (mode.equals("mariadb")) {
                    throw new IllegalStateException("TEST_DB=mariadb but no MariaDB answers at " + server, e);
                }
                System.err.printf("MariaDB at %s is not reachable (%s): tests run on H2%n", server, e.getMessage());
            }
        }
        return new Settings("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;"
                + "LOCK_TIMEOUT=10000", "sa", "", false);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
