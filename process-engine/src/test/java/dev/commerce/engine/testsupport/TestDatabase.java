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
 */
public final class TestDatabase {

  private static final Set<String> RECREATED = new HashSet<>();

  private TestDatabase() {
  }

  public static synchronized Map<String, String> properties(String database) {
    String mode = env("TEST_DB", "");
    String host = env("TEST_DB_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("TEST_DB_PORT", "3306"));
    String user = env("TEST_DB_USERNAME", "root");
    String password = env("TEST_DB_PASSWORD", "");
    Map<String, String> properties = new LinkedHashMap<>();
    if (!"h2".equalsIgnoreCase(mode) && reachable(host, port)) {
      String server = "jdbc:mysql://" + host + ":" + port + "/";
      if (RECREATED.add(database)) {
        recreate(server, database, user, password);
      }
      // without it Connector/J looks for the engine tables in every database of the server
      properties.put("spring.datasource.url", server + database + "?nullDatabaseMeansCurrent=true");
      properties.put("spring.datasource.username", user);
      properties.put("spring.datasource.password", password);
      return properties;
    }
    if ("mariadb".equalsIgnoreCase(mode)) {
      throw new IllegalStateException("TEST_DB=mariadb but nothing listens on " + host + ":" + port);
    }
    properties.put("spring.datasource.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=MySQL");
    properties.put("spring.datasource.username", "sa");
    properties.put("spring.datasource.password", "");
    return properties;
  }

  private static void recreate(String server, String database, String user, String password) {
    try (Connection connection = DriverManager.getConnection(server, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
      statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot recreate test database " + database, e);
    }
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
