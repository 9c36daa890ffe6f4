-- The transactional outbox of the support module (support/README.md): pending events only (a row is deleted once
-- Kafka acknowledged it), their lanes and the relays' membership. Runs on H2 (MySQL mode) and MariaDB / MySQL 8.
CREATE TABLE outbox_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    lane       INT          NOT NULL,
    topic      VARCHAR(249) NOT NULL,
    record_key VARCHAR(255) NOT NULL,
    event_id   VARCHAR(64)  NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    headers    VARCHAR(2000),
    payload    MEDIUMTEXT   NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    attempts   INT          NOT NULL DEFAULT 0,
    parked_at  DATETIME(6),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_outbox_event_lane ON outbox_event (lane, id);

CREATE TABLE outbox_lane (
    lane        INT          NOT NULL,
    owner       VARCHAR(100),
    lease_until BIGINT       NOT NULL,
    PRIMARY KEY (lane)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO outbox_lane (lane, owner, lease_until) VALUES
    (0, NULL, 0), (1, NULL, 0), (2, NULL, 0), (3, NULL, 0), (4, NULL, 0), (5, NULL, 0), (6, NULL, 0), (7, NULL, 0),
    (8, NULL, 0), (9, NULL, 0), (10, NULL, 0), (11, NULL, 0), (12, NULL, 0), (13, NULL, 0), (14, NULL, 0),
    (15, NULL, 0);

CREATE TABLE outbox_member (
    instance_id  VARCHAR(100) NOT NULL,
    heartbeat_at BIGINT       NOT NULL,
    PRIMARY KEY (instance_id)
) DEFAULT CHARSET = utf8mb4;

-- Spring Modulith's publication registry is gone. The platform was never released; a database that still has
-- incomplete publications must be drained by the old version first (support/README.md).
DROP TABLE IF EXISTS EVENT_PUBLICATION;
