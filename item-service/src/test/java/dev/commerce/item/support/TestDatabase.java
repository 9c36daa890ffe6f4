package dev.commerce.item.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Chooses the database of a test JVM once: the machine's MariaDB when it answers (database
 * {@value #NAME}, dropped and recreated), H2 in MySQL mode otherwise. {@code TEST_DB=h2} forces H2,
 * {@code TEST_DB=mariadb} turns an unreachable MariaDB into a failure instead of a fallback.
 * An application context that must not share its event outbox with the others asks for its own database
 * under a suffix.
 */
public final class TestDatabase {

    public static final String NAME = "commerce_items_test";

    private static final Map<String, Map<String, String>> PREPARED = new HashMap<>();

    private TestDatabase() {
    }

    public static Map<String, String> properties() {
        return properties(NAME);
    }

    public static synchronized Map<String, String> properties(String name) {
        return PREPARED.computeIfAbsent(name, key -> {
            var chosen = choose(key);
            System.out.println("[item-service tests] database: " + chosen.get("spring.datasource.url"));
            return chosen;
        });
    }

    private static Map<String, String> choose(String name) {
        String mode = env("TEST_DB", "");
        if ("h2".equalsIgnoreCase(mode)) {
            return h2(name);
        }
        String server = "jdbc:mysql://" + env("TEST_DB_HOST", "127.0.0.1") + ":" + env("TEST_DB_PORT", "3306");
        String user = env("TEST_DB_USERNAME", "root");
        String password = env("TEST_DB_PASSWORD", "");
        boolean mariaDb;
        try (var connection = DriverManager.getConnection(server + "/?connectTimeout=2000", user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        } catch (SQLException unreachable) {
            if ("mariadb".equalsIgnoreCase(mode)) {
                throw new IllegalStateException("TEST_DB=mariadb but MariaDB at " + server + " is unreachable",
                        unreachable);
            }
            System.out.println("[item-service tests] MariaDB unreachable (" + unreachable.getMessage()
                    + "), falling back to H2");
            return h2(name);
        }
        var properties = new HashMap<String, String>(Map.of(
                "spring.datasource.url", server + "/" + name + "?characterEncoding=UTF-8&connectionTimeZone=UTC",
                "spring.datasource.username", user,
                "spring.datasource.password", password));
        if (mariaDb) {
            // through the MySQL driver MariaDB reports itself as MySQL 5.5.5; tell Hibernate what it really is
            properties.put("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect");
        }
        return Map.copyOf(properties);
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
