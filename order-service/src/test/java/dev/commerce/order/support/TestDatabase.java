package dev.commerce.order.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test database of CONTRIBUTING.md: the machine's MariaDB when reachable, H2 otherwise. {@code TEST_DB=h2}
 * forces H2, {@code TEST_DB=mariadb} turns an unreachable MariaDB into a failure. The MariaDB database
 * {@code commerce_orders_test} is dropped and recreated once per test JVM. On MariaDB the service runs its
 * {@code mysql} profile ({@link TestProfiles}) with the production switch: {@code DB_SCHEME=mariadb} and
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, {@code DB_USERNAME}, {@code DB_PASSWORD}.
 */
public final class TestDatabase {

    public static final String NAME = "commerce_orders_test";

    private static Map<String, Object> properties;
    private static String description;
    private static boolean mariaDb;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = choose();
        }
        return properties;
    }

    public static synchronized String description() {
        properties();
        return description;
    }

    public static synchronized boolean mariaDb() {
        properties();
        return mariaDb;
    }

    /**
     * A further database, dropped and recreated now, for a context that must not share its outbox (and so its lanes)
     * with the contexts of the other tests, which relay to other brokers.
     */
    public static synchronized Map<String, Object> separate(String name) {
        Map<String, Object> separate = new LinkedHashMap<>(properties());
        if (mariaDb) {
            String server = "jdbc:mariadb://" + separate.get("DB_HOST") + ":" + separate.get("DB_PORT") + "/";
            try (Connection connection = DriverManager.getConnection(server, (String) separate.get("DB_USERNAME"),
                    (String) separate.get("DB_PASSWORD"));
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create " + name, e);
            }
            separate.put("DB_NAME", name);
        } else {
            separate.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        }
        return separate;
    }

    private static Map<String, Object> choose() {
        String mode = env("TEST_DB", "");
        if (!"h2".equalsIgnoreCase(mode)) {
            String host = env("TEST_DB_HOST", "127.0.0.1");
            String port = env("TEST_DB_PORT", "3306");
            String user = env("TEST_DB_USERNAME", "root");
            String password = env("TEST_DB_PASSWORD", "");
            String server = "jdbc:mariadb://" + host + ":" + port + "/";
            try (Connection connection = DriverManager.getConnection(server + "?connectTimeout=2000", user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + NAME);
                statement.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                description = "MariaDB " + host + ":" + port + "/" + NAME + " (profile mysql, DB_SCHEME=mariadb)";
                mariaDb = true;
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("DB_SCHEME", "mariadb");
                map.put("DB_HOST", host);
                map.put("DB_PORT", port);
                map.put("DB_NAME", NAME);
                map.put("DB_USERNAME", user);
                map.put("DB_PASSWORD", password);
                return map;
            } catch (SQLException e) {
                if ("mariadb".equalsIgnoreCase(mode)) {
                    throw new IllegalStateException("TEST_DB=mariadb but " + host + ":" + port + " is unreachable", e);
                }
            }
        }
        description = "H2 in memory (MySQL mode)";
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("spring.datasource.url", "jdbc:h2:mem:" + NAME
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        map.put("spring.datasource.username", "sa");
        map.put("spring.datasource.password", "");
        return map;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
