package dev.commerce.customer.support;

import java.time.Instant;
import java.util.UUID;

import dev.commerce.customer.customer.domain.Grade;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh customers per test, inserted like the demo ones (profile, account, opening ledger entry), so tests never
 * disturb each other or the demo customers other modules rely on.
 */
public final class TestCustomers {

    private TestCustomers() {
    }

    public static long create(JdbcClient jdbc, long openingPoints) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 13);
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO customer (username, name, email, phone, kakao_user_key, created_at)
                VALUES (:username, '테스트 고객', :email, '010-0000-0000', :kakao, :now)""")
                .param("username", username).param("email", username + "@example.com")
                .param("kakao", "kakao-" + username).param("now", java.sql.Timestamp.from(now))
                .update();
        long id = jdbc.sql("SELECT id FROM customer WHERE username = :username").param("username", username)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO points_account (customer_id, balance, lifetime, grade, version, updated_at)
                VALUES (:id, :points, :points, :grade, 0, :now)""")
                .param("id", id).param("points", openingPoints)
                .param("grade", Grade.forLifetimePoints(openingPoints).name()).param("now", java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("""
                INSERT INTO points_ledger (customer_id, event_id, kind, order_number, delta, lifetime_delta,
                                           balance_after, reason, created_at)
                VALUES (:id, :eventId, 'OPENING', NULL, :points, :points, :points, 'OPENING_BALANCE', :now)""")
                .param("id", id).param("eventId", "opening-" + id).param("points", openingPoints)
                .param("now", java.sql.Timestamp.from(now))
                .update();
        return id;
    }

    public static String username(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT username FROM customer WHERE id = :id").param("id", id).query(String.class).single();
    }
}
