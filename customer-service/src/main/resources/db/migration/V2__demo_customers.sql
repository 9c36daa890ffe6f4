-- Demo customers of ARCHITECTURE.md; the embedded default, the other modules' tests and the chatbot rely on them.
INSERT INTO customer (id, username, name, email, phone, kakao_user_key, created_at) VALUES
    (1, 'minsu',   '김민수', 'minsu@example.com',   '010-1234-0001', 'kakao-minsu',   '2026-01-01 00:00:00'),
    (2, 'jiyoung', '이지영', 'jiyoung@example.com', '010-1234-0002', 'kakao-jiyoung', '2026-01-01 00:00:00'),
    (3, 'junho',   '박준호', 'junho@example.com',   '010-1234-0003', NULL,            '2026-01-01 00:00:00');

-- Opening balances count as earned points, so lifetime = opening points and the grade follows from it.
INSERT INTO points_account (customer_id, balance, lifetime, grade, version, updated_at) VALUES
    (1, 12000, 12000, 'GOLD',   0, '2026-01-01 00:00:00'),
    (2,  3500,  3500, 'SILVER', 0, '2026-01-01 00:00:00'),
    (3,     0,     0, 'BRONZE', 0, '2026-01-01 00:00:00');

INSERT INTO points_ledger (customer_id, event_id, kind, order_number, delta, lifetime_delta, balance_after, reason, created_at) VALUES
    (1, 'opening-1', 'OPENING', NULL, 12000, 12000, 12000, 'OPENING_BALANCE', '2026-01-01 00:00:00'),
    (2, 'opening-2', 'OPENING', NULL,  3500,  3500,  3500, 'OPENING_BALANCE', '2026-01-01 00:00:00'),
    (3, 'opening-3', 'OPENING', NULL,     0,     0,     0, 'OPENING_BALANCE', '2026-01-01 00:00:00');

-- Purchase history before the platform went live, so the promotion demo has preferences to work with.
INSERT INTO category_preference (customer_id, category, score, updated_at) VALUES
    (1, 'coffee',  12, '2026-01-01 00:00:00'),
    (1, 'beans',    3, '2026-01-01 00:00:00'),
    (1, 'dessert',  2, '2026-01-01 00:00:00'),
    (2, 'dessert',  6, '2026-01-01 00:00:00'),
    (2, 'tea',      4, '2026-01-01 00:00:00'),
    (2, 'coffee',   2, '2026-01-01 00:00:00');

-- Explicit ids above: move the sequence past them on both H2 and MariaDB.
ALTER TABLE customer AUTO_INCREMENT = 1000;
