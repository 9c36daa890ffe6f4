package dev.commerce.platform.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the three services keep their data during the end-to-end run (CONTRIBUTING's test database convention):
 * the machine's MariaDB when it answers, each service on its own {@code commerce_<x>_e2e} database dropped and
 * recreated here, or the embedded H2 default in the run's data directory. {@code TEST_DB=h2} forces H2,
 * {@code TEST_DB=mariadb} makes an unreachable MariaDB a failure instead of a fallback.
 * On MariaDB every service runs its {@code mysql} profile with the one switch they share, {@code DB_SCHEME=mariadb}
 * (the MariaDB driver; see {@link #environment(String)}).
 */
public final class ServiceDatabases {

    public static final Map<String, String> DATABASES = Map.of(
            "item-service", "commerce_items_e2e",
            "customer-service", "commerce_customers_e2e",
            "order-service", "commerce_orders_e2e");

    private final boolean mariaDb;
    private final String host;
    private final String port;
    private final String user;
    private final String password;

    private ServiceDatabases(boolean mariaDb, String host, String port, String user, String password) {
        this.mariaDb = mariaDb;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static ServiceDatabases prepare() {
        String mode = env("TEST_DB", "");
        String host = env("TEST_DB_HOST", "127.0.0.1");
        String port = env("TEST_DB_PORT", "3306");
        String user = env("TEST_DB_USERNAME", "root");
        String password = env("TEST_DB_PASSWORD", "");
        if ("h2".equalsIgnoreCase(mode)) {
            return new ServiceDatabases(false, host, port, user, password);
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://" + host + ":" + port + "/?connectTimeout=2000", user, password);
             Statement statement = connection.createStatement()) {
            for (String database : DATABASES.values()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return new ServiceDatabases(true, host, port, user, password);
        } catch (SQLException unreachable) {
            if ("mariadb".equalsIgnoreCase(mode)) {
                throw new IllegalStateException("TEST_DB=mariadb but MariaDB at " + host + ":" + port
                        + " is unreachable: " + unreachable.getMessage(), unreachable);
            }
            return new ServiceDatabases(false, host, port, user, password);
        }
    }

    public boolean mariaDb() {
        return mariaDb;
    }

    public String describe() {
        return mariaDb ? "MariaDB " + host + ":" + port + " " + DATABASES.values()
                : "H2 files of the embedded default in the run's DATA_DIR";
    }

    /** The variables one service needs to run on its database; empty for the H2 default. */
    public Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!mariaDb) {
            return env;
        }
        String database = DATABASES.get(service);
        if (database == null) {
            throw new IllegalArgumentException("no database for " + service);
        }
        env.put("SPRING_PROFILES_ACTIVE", "mysql");
        env.put("DB_HOST", host);
        env.put("DB_PORT", port);
        env.put("DB_NAME", database);
        env.put("DB_USERNAME", user);
        env.put("DB_PASSWORD", password);
        env.put("DB_SCHEME", "mariadb");
        return env;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
