-- Spring Modulith's JDBC registry binds ids as strings on MySQL/MariaDB (UUID on H2), hence one file per vendor.
-- SERIALIZED_EVENT is widened from VARCHAR(4000): an order with 50 lines does not fit. DATETIME rather than
-- TIMESTAMP: no 2038 limit and no implicit ON UPDATE on servers without explicit_defaults_for_timestamp.
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)  NOT NULL,
    LISTENER_ID      VARCHAR(512) NOT NULL,
    EVENT_TYPE       VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT MEDIUMTEXT   NOT NULL,
    PUBLICATION_DATE DATETIME(6)  NOT NULL,
    COMPLETION_DATE  DATETIME(6)  NULL,
    PRIMARY KEY (ID)
);

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
