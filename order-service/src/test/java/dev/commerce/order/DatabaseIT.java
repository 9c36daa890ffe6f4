package dev.commerce.order;

import dev.commerce.order.support.IntegrationTestBase;
import dev.commerce.order.support.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On MariaDB the {@code mysql} profile with {@code DB_SCHEME=mariadb} (no {@code DB_URL}) is enough: the MariaDB
 * driver, Hibernate's MariaDB dialect (no HHH000511 "5.5.5 is no longer supported"), fractional seconds kept.
 */
class DatabaseIT extends IntegrationTestBase {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void theMysqlProfileReachesMariaDbThroughItsOwnDriverAndKeepsMicroseconds() throws SQLException {
        assumeTrue(TestDatabase.mariaDb(), "runs on MariaDB only");

        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mariadb://");
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        var dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);

        var micros = Timestamp.from(Instant.parse("2026-11-20T09:15:02.123456Z"));
        var stored = jdbc.queryForObject("SELECT CAST(? AS DATETIME(6))", Timestamp.class, micros);
        assertThat(stored.getNanos()).isEqualTo(123_456_000);
    }
}
