package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.commerce.engine.testsupport.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@code mysql} profile on MariaDB with {@code DB_SCHEME=mariadb}: the engine runs on the MariaDB driver, as
 * Camunda database type {@code mysql} (7.24 has no {@code mariadb} type and would not recognise the product name
 * "MariaDB" by itself). With either driver the profile's URL keeps Camunda's table lookup (JDBC metadata, catalog
 * null) inside its own database, although other databases on the server hold ACT_* tables.
 */
class DatabaseIT extends EngineIntegrationTest {

  private static final String DECOY = "commerce_engine_decoy_test";
  private static final String TARGET = "commerce_engine_url_test";

  @Autowired
  private DataSource dataSource;
  @Autowired
  private ProcessEngine engine;

  @Test
  void theEngineRunsOnTheMariaDbDriverAsCamundaDatabaseTypeMysql() throws SQLException {
    assumeTrue(TestDatabase.mariaDb(), "runs on MariaDB only");

    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mariadb://");
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
    }
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
        .isEqualTo("mysql");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mysql", "mariadb"})
  void theProfileUrlLooksForTheEngineTablesInItsOwnDatabaseOnly(String scheme) throws Exception {
    assumeTrue(TestDatabase.mariaDb(), "runs on MariaDB only");
    Map<String, Object> environment = Map.of("DB_SCHEME", scheme, "DB_NAME", TARGET,
        "DB_HOST", TestDatabase.host(), "DB_PORT", Integer.toString(TestDatabase.port()));
    String url = mysqlProfileUrl(environment);
    try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE IF NOT EXISTS " + DECOY);
      statement.execute("CREATE TABLE IF NOT EXISTS " + DECOY + ".ACT_RU_EXECUTION (ID_ VARCHAR(64))");

      assertThat(connection.getMetaData().getDriverName())
          .containsIgnoringCase(scheme.equals("mysql") ? "MySQL" : "MariaDB");
      assertThat(engineTablesSeen(connection)).as("what Camunda would see through %s", url).isEmpty();
    }
    // the control: without the option the same lookup finds the other database's table
    try (Connection connection = DriverManager.getConnection(url.replace("&nullDatabaseMeansCurrent=true", ""),
        TestDatabase.user(), TestDatabase.password())) {
      assertThat(engineTablesSeen(connection)).contains(DECOY);
    }
  }

  @AfterAll
  static void dropTheDecoy() throws SQLException {
    if (!TestDatabase.mariaDb()) {
      return;
    }
    try (Connection connection = TestDatabase.connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DECOY);
      statement.execute("DROP DATABASE IF EXISTS " + TARGET);
    }
  }

  private static List<String> engineTablesSeen(Connection connection) throws SQLException {
    List<String> databases = new ArrayList<>();
    try (ResultSet tables = connection.getMetaData().getTables(null, null, "ACT_RU_EXECUTION", new String[] {"TABLE"})) {
      while (tables.next()) {
        databases.add(tables.getString("TABLE_CAT"));
      }
    }
    return databases;
  }

  private static String mysqlProfileUrl(Map<String, Object> environment) throws IOException {
    List<PropertySource<?>> documents =
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    PropertySource<?> mysql = documents.stream()
        .filter(document -> Objects.equals("mysql", document.getProperty("spring.config.activate.on-profile")))
        .findFirst().orElseThrow();
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(new MapPropertySource("environment", environment));
    return new PropertySourcesPropertyResolver(sources)
        .resolveRequiredPlaceholders(String.valueOf(mysql.getProperty("spring.datasource.url")));
  }
}
