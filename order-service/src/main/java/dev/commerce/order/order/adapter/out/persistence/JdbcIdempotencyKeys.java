package dev.commerce.order.order.adapter.out.persistence;

import dev.commerce.order.order.application.IdempotencyKeys;
import dev.commerce.order.order.domain.IdempotencyKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key table's primary key (customer, key) decides which attempt holds a key, on every replica alike: the first
 * insert wins, a takeover is one conditional update. Instants are UTC {@link LocalDateTime}s, as elsewhere.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Claim> find(long customerId, IdempotencyKey key) {
        return jdbc.sql("SELECT order_number, fingerprint, created_at FROM idempotency_key "
                        + "WHERE customer_id = ? AND idempotency_key = ?")
                .params(customerId, key.value())
                .query((rs, row) -> new Claim(rs.getString("order_number"), rs.getString("fingerprint"),
                        rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .optional();
    }

    @Override
    public boolean claim(long customerId, IdempotencyKey key, String fingerprint, String orderNumber, Instant now,
                         Instant abandonedBefore) {
        try {
            return jdbc.sql("INSERT INTO idempotency_key (customer_id, idempotency_key, order_number, fingerprint, "
                            + "created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(customerId, key.value(), orderNumber, fingerprint, utc(now))
                    .update() == 1;
        } catch (DuplicateKeyException taken) {
            return jdbc.sql("UPDATE idempotency_key SET order_number = ?, created_at = ? "
                            + "WHERE customer_id = ? AND idempotency_key = ? AND fingerprint = ? AND created_at < ? "
                            + "AND NOT EXISTS (SELECT 1 FROM customer_order o "
                            + "WHERE o.order_number = idempotency_key.order_number)")
                    .params(orderNumber, utc(now), customerId, key.value(), fingerprint, utc(abandonedBefore))
                    .update() == 1;
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holds(long customerId, IdempotencyKey key, String orderNumber) {
        return jdbc.sql("SELECT order_number FROM idempotency_key WHERE customer_id = ? AND idempotency_key = ? "
                        + "FOR UPDATE")
                .params(customerId, key.value())
                .query(String.class)
                .optional()
                .filter(orderNumber::equals)
                .isPresent();
    }

    @Override
    public void release(long customerId, IdempotencyKey key, String orderNumber) {
        jdbc.sql("DELETE FROM idempotency_key WHERE customer_id = ? AND idempotency_key = ? AND order_number = ?")
                .params(customerId, key.value(), orderNumber)
                .update();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < ?").param(utc(cutoff)).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
