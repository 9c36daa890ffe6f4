-- Spring Modulith's JDBC event publication registry (its schema-mariadb.sql, the same as MySQL), owned by Flyway here.
-- The table name is upper case because Modulith queries it that way and MySQL on Linux is case sensitive.
-- SERIALIZED_EVENT is widened from VARCHAR(4000) so that an event can never be too long to be stored.
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)  NOT NULL,
    LISTENER_ID      VARCHAR(512) NOT NULL,
    EVENT_TYPE       VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT TEXT         NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6) NULL DEFAULT NULL,
    PRIMARY KEY (ID)
);

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
