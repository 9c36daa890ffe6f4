package dev.commerce.order.release.adapter.out.persistence;

import dev.commerce.order.release.application.PendingReleases;
import dev.commerce.order.release.domain.PendingRelease;
import dev.commerce.order.release.domain.ReleaseReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC: every operation is one conditional statement whose affected-row count is the answer. Instants are
 * written as UTC {@link LocalDateTime}s so neither driver applies the JVM's zone.
 */
@Component
@Transactional
class JdbcPendingReleases implements PendingReleases {

    private static final int MAX_ERROR_LENGTH = 500;

    private static final RowMapper<PendingRelease> ROW = (rs, rowNum) -> new PendingRelease(
            rs.getString("order_number"),
            ReleaseReason.valueOf(rs.getString("reason")),
            rs.getInt("attempts"),
            toInstant(rs.getObject("next_attempt_at", LocalDateTime.class)),
            rs.getString("last_error"),
            toInstant(rs.getObject("created_at", LocalDateTime.class)));

    private final JdbcClient jdbc;

    JdbcPendingReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PendingRelease release) {
        jdbc.sql("""
                        INSERT INTO pending_release (order_number, reason, attempts, next_attempt_at, last_error, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(release.orderNumber(), release.reason().name(), release.attempts(),
                        utc(release.nextAttemptAt()), release.lastError(), utc(release.createdAt()))
                .update();
    }

    @Override
    public boolean removeUnclaimed(String orderNumber) {
        return jdbc.sql("DELETE FROM pending_release WHERE order_number = ? AND attempts = 0")
                .param(orderNumber)
                .update() == 1;
    }

    @Override
    public void dueNow(String orderNumber, ReleaseReason reason, Instant now) {
        int updated = jdbc.sql("UPDATE pending_release SET next_attempt_at = ? WHERE order_number = ?")
                .params(utc(now), orderNumber)
                .update();
        if (updated == 0) {
            add(PendingRelease.due(orderNumber, reason, now, now));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PendingRelease> find(String orderNumber) {
        return jdbc.sql("SELECT * FROM pending_release WHERE order_number = ?")
                .param(orderNumber)
                .query(ROW)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingRelease> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM pending_release WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")
                .params(utc(now), limit)
                .query(ROW)
                .list();
    }

    @Override
    public boolean claim(String orderNumber, int expectedAttempts, Instant nextAttemptAt) {
        return jdbc.sql("""
                        UPDATE pending_release SET attempts = attempts + 1, next_attempt_at = ?
                        WHERE order_number = ? AND attempts = ?""")
                .params(utc(nextAttemptAt), orderNumber, expectedAttempts)
                .update() == 1;
    }

    @Override
    public void remove(String orderNumber) {
        jdbc.sql("DELETE FROM pending_release WHERE order_number = ?").param(orderNumber).update();
    }

    @Override
    public void recordError(String orderNumber, String error) {
        String trimmed = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        jdbc.sql("UPDATE pending_release SET last_error = ? WHERE order_number = ?")
                .params(trimmed, orderNumber)
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant toInstant(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }
}
