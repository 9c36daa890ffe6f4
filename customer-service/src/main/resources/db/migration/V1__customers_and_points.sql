-- Written for H2 (MODE=MySQL) and MariaDB / MySQL 8 alike.

CREATE TABLE customer (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    phone          VARCHAR(32),
    kakao_user_key VARCHAR(128),
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_username UNIQUE (username),
    CONSTRAINT uk_customer_kakao_user_key UNIQUE (kakao_user_key)
) DEFAULT CHARSET = utf8mb4;

-- Kept apart from customer so that crediting points (a row lock per event) never blocks profile reads or edits.
CREATE TABLE points_account (
    customer_id BIGINT      NOT NULL,
    balance     BIGINT      NOT NULL,
    lifetime    BIGINT      NOT NULL,
    grade       VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id),
    CONSTRAINT fk_points_account_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_points_account_balance CHECK (balance >= 0),
    CONSTRAINT ck_points_account_lifetime CHECK (lifetime >= 0)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_points_account_grade ON points_account (grade, balance);

-- Append-only: rows are inserted, never updated or deleted.
-- event_id is the id of the event that caused the entry (one entry per event at most);
-- (customer_id, order_number, kind) stops an order from being credited or reversed twice
-- even if it arrived under two different event ids.
CREATE TABLE points_ledger (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id    BIGINT       NOT NULL,
    event_id       VARCHAR(100) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    order_number   VARCHAR(40),
    delta          BIGINT       NOT NULL,
    lifetime_delta BIGINT       NOT NULL,
    balance_after  BIGINT       NOT NULL,
    reason         VARCHAR(255) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_points_ledger_event UNIQUE (event_id),
    CONSTRAINT uk_points_ledger_order_kind UNIQUE (customer_id, order_number, kind),
    CONSTRAINT fk_points_ledger_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_points_ledger_customer ON points_ledger (customer_id, id);

CREATE TABLE category_preference (
    customer_id BIGINT      NOT NULL,
    category    VARCHAR(40) NOT NULL,
    score       BIGINT      NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, category),
    CONSTRAINT fk_category_preference_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_category_preference_category ON category_preference (category, score);

CREATE TABLE coupon (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    customer_id      BIGINT      NOT NULL,
    code             VARCHAR(20) NOT NULL,
    campaign         VARCHAR(80) NOT NULL,
    discount_percent INT         NOT NULL,
    category         VARCHAR(40),
    valid_until      DATE        NOT NULL,
    used             BOOLEAN     NOT NULL,
    issued_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_coupon_code UNIQUE (code),
    CONSTRAINT uk_coupon_customer_campaign UNIQUE (customer_id, campaign),
    CONSTRAINT fk_coupon_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_coupon_discount CHECK (discount_percent BETWEEN 1 AND 90)
) DEFAULT CHARSET = utf8mb4;

-- Written in the same transaction as the effect of the event: a known (event_id, consumer) is skipped.
CREATE TABLE processed_event (
    event_id     VARCHAR(100) NOT NULL,
    consumer     VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    processed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id, consumer)
) DEFAULT CHARSET = utf8mb4;
