-- Idempotency-Key of POST /api/orders: the first attempt with a key claims it for its order number; a repeat with the
-- same key (another replica, a retry after a timeout) gets that order back. Runs on H2 (MySQL mode) and MariaDB/MySQL.
CREATE TABLE idempotency_key (
    customer_id     BIGINT       NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    order_number    VARCHAR(32)  NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (customer_id, idempotency_key)
);

CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
