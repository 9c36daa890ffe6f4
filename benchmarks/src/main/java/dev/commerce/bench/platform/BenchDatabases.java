package dev.commerce.bench.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code mysql} profile on this machine's MySQL/MariaDB: each service gets a database of its own with a
 * {@code _bench} suffix (never the platform's or a test's), dropped and created fresh before every run, and the
 * variables its {@code application.yml} reads for a MariaDB server (see each service's README).
 */
public final class BenchDatabases {

    private final String host;
    private final String port;
    private final String user;
    private final String password;

    public BenchDatabases(Map<String, String> env) {
        this.host = env.getOrDefault("DB_HOST", "127.0.0.1");
        this.port = env.getOrDefault("DB_PORT", "3306");
        this.user = env.getOrDefault("DB_USERNAME", "root");
        this.password = env.getOrDefault("DB_PASSWORD", "");
    }

    public String describe() {
        return "MySQL profile on " + host + ":" + port + " (" + serverVersion() + "), fresh *_bench databases";
    }

    /** Service → its variables; databases are recreated for the services given. */
    public Map<String, Map<String, String>> prepare(Iterable<String> services) {
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        boolean mariaDb = serverVersion().contains("MariaDB");
        for (String service : services) {
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("DB_HOST", host);
            vars.put("DB_PORT", port);
            vars.put("DB_USERNAME", user);
            vars.put("DB_PASSWORD", password);
            String database = database(service);
            if (mariaDb) {
                // the services' one switch: the MariaDB driver (Connector/J drops fractional seconds on MariaDB 10.x)
                vars.put("DB_SCHEME", "mariadb");
            }
            if (service.startsWith("process-engine")) {
                // the mysql profile has no demo account; the harness needs one for the history count
                vars.put("CAMUNDA_ADMIN_USER", "demo");
                vars.put("CAMUNDA_ADMIN_PASSWORD", "demo");
            }
            vars.put("DB_NAME", database);
            recreate(database);
            env.put(service, vars);
        }
        return env;
    }

    static String database(String service) {
        String base = switch (service) {
            case "item-service" -> "commerce_items";
            case "customer-service" -> "commerce_customers";
            case "order-service" -> "commerce_orders";
            default -> "commerce_" + service.replace("process-engine", "engine").replace('-', '_');
        };
        return base + "_bench";
    }

    private void recreate(String database) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + database + " on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    private String serverVersion() {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("no database at " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", user, password);
    }
}
