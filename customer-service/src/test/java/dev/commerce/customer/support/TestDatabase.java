package dev.commerce.customer.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test database convention of CONTRIBUTING.md: the machine's MariaDB when it answers (database dropped and
 * recreated once per test JVM), H2 in MySQL mode otherwise. {@code TEST_DB=h2} forces H2, {@code TEST_DB=mariadb}
 * turns an unreachable MariaDB into a failure. Connection settings: {@code TEST_DB_HOST}, {@code TEST_DB_PORT},
 * {@code TEST_DB_USERNAME}, {@code TEST_DB_PASSWORD} (environment or system property).
 *
 * <p>On MariaDB the service runs its {@code mysql} profile with the production switch ({@code DB_SCHEME=mariadb},
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, {@code DB_USERNAME}, {@code DB_PASSWORD}), so the tests go
 * through the profile's URL, driver and Flyway vendor folder.
 */
public final class TestDatabase {

    /** The profiles to run the service with, and the properties that point it at this database. */
    public record Settings(boolean mariadb, String[] profiles, Map<String, String> properties) {
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
                Map<String, String> properties = new LinkedHashMap<>();
                properties.put("DB_SCHEME", "mariadb");
                properties.put("DB_HOST", host);
                properties.put("DB_PORT", port);
                properties.put("DB_NAME", name);
                properties.put("DB_USERNAME", username);
                properties.put("DB_PASSWORD", password);
                return new Settings(true, new String[] {"mysql"}, Map.copyOf(properties));
            } catch (SQLException e) {
                if (mode.equals("mariadb")) {
                    throw new IllegalStateException("TEST_DB=mariadb but no MariaDB answers at " + server, e);
                }
                System.err.printf("MariaDB at %s is not reachable (%s): tests run on H2%n", server, e.getMessage());
            }
        }
        return new Settings(false, new String[0], Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;"
                        + "LOCK_TIMEOUT=10000",
                "spring.datasource.username", "sa",
                "spring.datasource.password", ""));
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
