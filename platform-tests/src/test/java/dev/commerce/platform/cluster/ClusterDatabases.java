package dev.commerce.platform.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster run's databases on the machine's MariaDB (several instances of a service must share one database, so
 * there is no H2 fallback here): one {@code commerce_<x>_cluster} per service, dropped and recreated per run. The
 * connection comes from {@code TEST_DB_HOST}, {@code TEST_DB_PORT}, {@code TEST_DB_USERNAME}, {@code TEST_DB_PASSWORD}.
 */
final class ClusterDatabases {

    static final Map<String, String> DATABASES = Map.of(
            "item-service", "commerce_items_cluster",
            "customer-service", "commerce_customers_cluster",
            "order-service", "commerce_orders_cluster",
            "process-engine", "commerce_engine_cluster");

    private final String host = env("TEST_DB_HOST", "127.0.0.1");
    private final String port = env("TEST_DB_PORT", "3306");
    private final String user = env("TEST_DB_USERNAME", "root");
    private final String password = env("TEST_DB_PASSWORD", "");

    /** Recreates the databases; fails with a message when MariaDB does not answer. */
    static ClusterDatabases recreate() {
        ClusterDatabases databases = new ClusterDatabases();
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + databases.host + ":"
                + databases.port + "/?connectTimeout=2000", databases.user, databases.password);
             Statement statement = connection.createStatement()) {
            for (String database : DATABASES.values()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cluster tests need MariaDB at " + databases.host + ":" + databases.port
                    + " (TEST_DB_HOST/TEST_DB_PORT): several instances of a service share one database", e);
        }
        return databases;
    }

    /** What one service needs on top of the launcher's {@code --profile mysql}. */
    Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_HOST", host);
        env.put("DB_PORT", port);
        env.put("DB_NAME", DATABASES.get(service));
        env.put("DB_USERNAME", user);
        env.put("DB_PASSWORD", password);
        env.put("DB_SCHEME", "mariadb");
        return env;
    }

    /**
     * How many points-ledger entries credit each of these orders, read from customer-service's database: the API
     * pages the ledger, and a load run writes more entries than one page holds.
     */
    Map<String, Integer> orderCredits(List<String> orderNumbers) {
        Map<String, Integer> credits = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/"
                + DATABASES.get("customer-service"), user, password);
             PreparedStatement statement = connection.prepareStatement("SELECT order_number, COUNT(*) "
                     + "FROM points_ledger WHERE kind = 'ORDER_PLACED' GROUP BY order_number");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                credits.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the points ledger", e);
        }
        credits.keySet().retainAll(orderNumbers);
        return credits;
    }

    String host() {
        return host;
    }

    String port() {
        return port;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
