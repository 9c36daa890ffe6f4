package dev.commerce.engine.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * CONTRIBUTING.md test database convention: the machine's MariaDB when reachable (database dropped and
 * recreated once per test JVM), H2 otherwise; TEST_DB=h2 forces H2, TEST_DB=mariadb makes MariaDB mandatory.
 * On MariaDB the engine runs its {@code mysql} profile ({@link #profiles()}, {@link TestDatabaseProfiles}) with
 * the production switch {@code DB_SCHEME=mariadb} and {@code DB_HOST}, {@code DB_PORT}, {@code DB_NAME}, ... and the
 * values the default profile would give (demo login, operator members, chatbot token), which the mysql profile
 * deliberately leaves to the environment.
 */
public final class TestDatabase {

  private static final Set<String> RECREATED = new HashSet<>();
  private static Boolean mariaDb;

  private TestDatabase() {
  }

  /** Whether the engine runs on MariaDB (profile {@code mysql}) rather than on H2 (no profile). */
  public static synchronized boolean mariaDb() {
    if (mariaDb == null) {
      String mode = env("TEST_DB", "");
      mariaDb = !"h2".equalsIgnoreCase(mode) && reachable(host(), port());
      if (!mariaDb && "mariadb".equalsIgnoreCase(mode)) {
        throw new IllegalStateException("TEST_DB=mariadb but nothing listens on " + host() + ":" + port());
      }
    }
    return mariaDb;
  }

  public static String[] profiles() {
    return mariaDb() ? new String[] {"mysql"} : new String[0];
  }

  public static synchronized Map<String, String> properties(String database) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (mariaDb()) {
      if (RECREATED.add(database)) {
        recreate(database);
      }
      properties.put("DB_SCHEME", "mariadb");
      properties.put("DB_HOST", host());
      properties.put("DB_PORT", Integer.toString(port()));
      properties.put("DB_NAME", database);
      properties.put("DB_USERNAME", user());
      properties.put("DB_PASSWORD", password());
      properties.put("CAMUNDA_ADMIN_USER", "demo");
      properties.put("CAMUNDA_ADMIN_PASSWORD", "demo");
      properties.put("CAMUNDA_OPERATOR_MEMBERS", "demo");
      properties.put("CHATBOT_INTERNAL_TOKEN", "local-internal-token");
      return properties;
    }
    properties.put("spring.datasource.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=MySQL");
    properties.put("spring.datasource.username", "sa");
    properties.put("spring.datasource.password", "");
    return properties;
  }

  /** A connection to the MariaDB server itself (no database selected), on the MariaDB driver. */
  public static Connection connectToServer() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://" + host() + ":" + port() + "/", user(), password());
  }

  private static void recreate(String database) {
    try (Connection connection = connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
      statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot recreate test database " + database, e);
    }
  }

  public static String host() {
    return env("TEST_DB_HOST", "127.0.0.1");
  }

  public static int port() {
    return Integer.parseInt(env("TEST_DB_PORT", "3306"));
  }

  public static String user() {
    return env("TEST_DB_USERNAME", "root");
  }

  public static String password() {
    return env("TEST_DB_PASSWORD", "");
  }

  private static boolean reachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
