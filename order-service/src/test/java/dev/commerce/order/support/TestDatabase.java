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
 * {@code commerce_orders_test} is dropped and recreated once per test JVM.
 */
public final class TestDatabase {

    public static final String NAME = "commerce_orders_test";

    private static Map<String, Object> properties;
    private static String description;

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

    private static Map<String, Object> choose() {
        String mode = env("TEST_DB", "");
        if (!"h2".equalsIgnoreCase(mode)) {
            String host = env("TEST_DB_HOST", "127.0.0.1");
            String port = env("TEST_DB_PORT", "3306");
            String user = env("TEST_DB_USERNAME", "root");
            String password = env("TEST_DB_PASSWORD", "");
            // The MariaDB driver: MySQL Connector/J drops fractional seconds on MariaDB 10.x.
            String server = "jdbc:mariadb://" + host + ":" + port + "/";
            try (Connection connection = DriverManager.getConnection(server + "?connectTimeout=2000", user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + NAME);
                statement.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                description = "MariaDB/MySQL " + host + ":" + port + "/" + NAME;
                return datasource(server + NAME, user, password);
            } catch (SQLException e) {
                if ("mariadb".equalsIgnoreCase(mode)) {
                    throw new IllegalStateException("TEST_DB=mariadb but " + host + ":" + port + " is unreachable", e);
                }
            }
        }
        description = "H2 in memory (MySQL mode)";
        return datasource("jdbc:h2:mem:" + NAME
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static Map<String, Object> datasource(String url, String user, String password) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("spring.datasource.url", url);
        map.put("spring.datasource.username", user);
        map.put("spring.datasource.password", password);
        return map;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
