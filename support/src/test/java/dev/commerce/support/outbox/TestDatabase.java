package dev.commerce.support.outbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The database of this test JVM, chosen once: the machine's MariaDB when it answers (database {@value #NAME},
 * dropped and recreated), H2 in MySQL mode otherwise. {@code TEST_DB=h2} forces H2, {@code TEST_DB=mariadb} turns an
 * unreachable MariaDB into a failure. Each relay gets a pool of its own, as a replica would.
 */
final class TestDatabase {

    static final String NAME = "commerce_support_test";

    private static String url;
    private static boolean mariaDb;

    private TestDatabase() {
    }

    static synchronized boolean mariaDb() {
        url();
        return mariaDb;
    }

    static HikariDataSource pool(String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername(mariaDb() ? env("TEST_DB_USERNAME", "root") : "sa");
        config.setPassword(mariaDb() ? env("TEST_DB_PASSWORD", "") : "");
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** Empty outbox tables, lanes free, no members: a database as the migration leaves it. */
    static void reset(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : new String[] {"outbox_event", "outbox_lane", "outbox_member", "test_aggregate"}) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
        new ResourceDatabasePopulator(new ClassPathResource("outbox-schema.sql")).execute(dataSource);
        jdbc.execute("CREATE TABLE test_aggregate (id VARCHAR(64) NOT NULL PRIMARY KEY, version INT NOT NULL)");
    }

    private static synchronized String url() {
        if (url != null) {
            return url;
        }
        String mode = env("TEST_DB", "");
        String server = "jdbc:mariadb://" + env("TEST_DB_HOST", "127.0.0.1") + ":" + env("TEST_DB_PORT", "3306");
        if (!"h2".equalsIgnoreCase(mode)) {
            try (var connection = DriverManager.getConnection(server + "/?connectTimeout=2000",
                    env("TEST_DB_USERNAME", "root"), env("TEST_DB_PASSWORD", ""));
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + NAME);
                statement.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                mariaDb = true;
                url = server + "/" + NAME;
            } catch (SQLException unreachable) {
                if ("mariadb".equalsIgnoreCase(mode)) {
                    throw new IllegalStateException("TEST_DB=mariadb but MariaDB at " + server + " is unreachable",
                            unreachable);
                }
                System.out.println("[support tests] MariaDB unreachable (" + unreachable.getMessage()
                        + "), falling back to H2");
            }
        }
        if (url == null) {
            url = "jdbc:h2:mem:" + NAME + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        }
        System.out.println("[support tests] database: " + url);
        return url;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
