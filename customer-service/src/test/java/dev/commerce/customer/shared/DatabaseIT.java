package dev.commerce.customer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * On MariaDB the {@code mysql} profile with {@code DB_SCHEME=mariadb} is enough: the MariaDB driver, Hibernate's
 * MariaDB dialect (no HHH000511 "5.5.5 is no longer supported"), fractional seconds kept.
 */
class DatabaseIT extends IntegrationTestBase {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void theMysqlProfileReachesMariaDbThroughItsOwnDriverAndKeepsMicroseconds() throws SQLException {
        assumeTrue(TestDatabase.main().mariadb(), "runs on MariaDB only");

        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mariadb://");
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        var dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);

        var micros = Timestamp.from(Instant.parse("2026-11-20T09:15:02.123456Z"));
        var stored = jdbc.sql("SELECT CAST(:at AS DATETIME(6))").param("at", micros).query(Timestamp.class).single();
        assertThat(stored.getNanos()).isEqualTo(123_456_000);
    }
}
