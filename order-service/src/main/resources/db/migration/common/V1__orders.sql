-- Runs unchanged on H2 (MySQL mode) and MariaDB / MySQL 8. Instants are stored as UTC wall-clock DATETIME(6).

CREATE TABLE customer_order (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_number    VARCHAR(32)  NOT NULL,
    customer_id     BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    total           BIGINT       NOT NULL,
    points          BIGINT       NOT NULL,
    carrier         VARCHAR(64),
    tracking_number VARCHAR(64),
    cancel_reason   VARCHAR(200),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_customer_order_number UNIQUE (order_number)
);

CREATE INDEX ix_customer_order_customer ON customer_order (customer_id, created_at);

CREATE TABLE order_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    line_no     INT          NOT NULL,
    item_id     BIGINT       NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    category    VARCHAR(64),
    quantity    INT          NOT NULL,
    unit_price  BIGINT       NOT NULL,
    unit_points BIGINT       NOT NULL,
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT uk_order_line UNIQUE (order_id, line_no)
);

CREATE TABLE tracking_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    location    VARCHAR(200),
    occurred_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_tracking_entry_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT uk_tracking_entry UNIQUE (order_id, seq)
);

-- One row per day of the order-number zone; the row lock serialises allocation.
CREATE TABLE order_number_sequence (
    seq_date   DATE   NOT NULL PRIMARY KEY,
    last_value BIGINT NOT NULL
);

-- Releases owed to item-service: guards of placements in flight, failed placements, cancellations.
CREATE TABLE pending_release (
    order_number    VARCHAR(32)  NOT NULL PRIMARY KEY,
    reason          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(500),
    created_at      DATETIME(6)  NOT NULL
);

CREATE INDEX ix_pending_release_due ON pending_release (next_attempt_at);
